// Reading and writing RFC 4180 CSV in the tests, independently of the server's code.

// The records of `text`: arrays of cells, quoted cells unquoted ("" is one quote).
export function parseCsv(text) {
  const rows = [];
  let row = [''];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        row[row.length - 1] += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else row[row.length - 1] += c;
      i += 1;
      continue;
    }
    if (c === '"' && row[row.length - 1] === '') quoted = true;
    else if (c === ',') row.push('');
    else if (c === '\r' && text[i + 1] === '\n') {
      rows.push(row);
      row = [''];
      i += 1;
    } else if (c === '\n') {
      rows.push(row);
      row = [''];
    } else row[row.length - 1] += c;
    i += 1;
  }
  if (quoted) throw new Error('a quoted cell is not closed');
  if (row.length > 1 || row[0] !== '') rows.push(row);
  return rows;
}

// `rows` as CSV with CRLF line ends, quoting the cells that need it; also the line each row
// starts on (the first row is line 1).
export function writeCsv(rows) {
  let text = '';
  let line = 1;
  const lines = [];
  for (const row of rows) {
    lines.push(line);
    const record = row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',') + '\r\n';
    line += record.split('\n').length - 1;
    text += record;
  }
  return { text, lines };
}

// Attachments of knowledge items end to end on the real server and database: a PDF whose
// words search finds, downloads with the right headers, and every kind of bad file (forged
// type, zip bomb, unreadable PDF, too large) refused with a message while what is stored
// stays as it was; only editors attach; a file leaves the disk with the last attachment
// holding its content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync, crc32 } from 'node:zlib';
import { connect } from 'node:net';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../support/server.mjs';
import { signIn, createToken } from '../support/session.mjs';
import { formToken } from '../support/browser.mjs';
import { pdfSaying } from '../support/files.mjs';

const MAX = 1 << 20;  // max_attachment_bytes of this server: 1 MB

let server;
let admin;
let adminToken;
let item;  // a published demo item
before(async () => {
  server = await startServer({ extraArgs: ['--max-attachment-bytes', String(MAX)] });
  admin = await signIn(server.base, 'admin@clusterpolisee.example');
  adminToken = (await createToken(admin, 'attachment tests', 'write')).secret;
  const list = await (await fetch(`${server.base}/api/v1/knowledge?limit=1&sort=date`)).json();
  item = list.items[0];
  assert.ok(item, 'a published demo item');
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

// A zip archive (deflated entries) written by hand: local headers, data, central directory.
function zipOf(entries) {
  const locals = [], centrals = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// Sends a request head on a socket of its own and returns everything the server answers.
const rawHead = (head) => new Promise((resolve, reject) => {
  const socket = connect(server.port, '127.0.0.1', () => socket.write(head));
  let data = '';
  // A bound for a server that hangs, not a wait: the server closes after answering.
  const timer = setTimeout(() => { socket.destroy(); resolve(data); }, 30000);
  socket.on('data', (chunk) => { data += chunk; });
  socket.on('end', () => { clearTimeout(timer); resolve(data); });
  socket.on('error', (e) => { clearTimeout(timer); reject(e); });
});

const contentTypes = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

const upload = (bytes, fileName, token = adminToken) =>
  fetch(`${server.base}/api/v1/knowledge/${item.id}/attachments?file_name=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
    body: bytes,
  });

const listed = async () => {
  const res = await fetch(`${server.base}/api/v1/knowledge/${item.id}/attachments`);
  assert.equal(res.status, 200);
  return (await res.json()).attachments;
};

const search = async (q) => (await (await fetch(`${server.base}/api/v1/knowledge?q=${encodeURIComponent(q)}`)).json()).items.map((i) => i.id);

let stored;  // the PDF attached first, checked intact after every refusal
const pdf = pdfSaying('The zanzibarite voucher scheme of the cluster');

const intact = async () => {
  const all = await listed();
  assert.deepEqual(all.map((a) => a.id), [stored.id], 'no attachment added by a refused upload');
  const res = await fetch(`${server.base}${stored.href}`);
  assert.equal(res.status, 200);
  assert.ok(Buffer.from(await res.arrayBuffer()).equals(pdf), 'the stored file is unchanged');
};

test('an uploaded PDF is stored, its words found by search, and it downloads with the right headers', async () => {
  assert.deepEqual(await search('zanzibarite'), [], 'the word is in no item yet');
  const res = await upload(pdf, 'Studiu de caz – „vouchere”.pdf');
  assert.equal(res.status, 201, await res.clone().text());
  stored = await res.json();
  assert.equal(stored.media_type, 'application/pdf');
  assert.equal(stored.size, pdf.length);
  assert.equal(stored.has_text, true);
  assert.deepEqual(await search('zanzibarite'), [item.id], 'a word only in the PDF finds the item');

  for (const path of [stored.href, `/en/knowledge/${item.id}/attachments/${stored.id}`]) {
    const file = await fetch(`${server.base}${path}`);
    assert.equal(file.status, 200, path);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assert.equal(file.headers.get('x-content-type-options'), 'nosniff');
    const disposition = file.headers.get('content-disposition');
    assert.match(disposition, /^attachment; filename="[ -~]+"; filename\*=UTF-8''/);
    assert.ok(disposition.includes(encodeURIComponent('Studiu de caz – „vouchere”.pdf')), disposition);
    assert.ok(Buffer.from(await file.arrayBuffer()).equals(pdf));
  }
  // The item page lists it.
  const page = await (await fetch(`${server.base}/en/knowledge/${item.id}`)).text();
  assert.match(page, /Studiu de caz/);
  assert.match(page, /\/attachments\/\d+/);
});

test('bad files are refused with a message and leave what is stored intact', async () => {
  const refusals = [
    ['a text file named .pdf', Buffer.from('Just some words pretending to be a PDF.\n'), 'forged.pdf', 415, /PDF, DOCX or XLSX/],
    ['a PDF poppler cannot parse', Buffer.from('%PDF-1.7\nthis is no portable document at all\n'), 'broken.pdf', 422, /The PDF cannot be read/],
    ['a zip bomb as DOCX', zipOf([['[Content_Types].xml', contentTypes], ['word/document.xml', Buffer.alloc(50 << 20, 32)]]), 'bomb.docx', 422, /unpacks to more than/],
    ['a file over the limit', Buffer.concat([pdf, Buffer.alloc(MAX, 32)]), 'large.pdf', 413, /The file is larger than 1 MB\./],
  ];
  for (const [what, bytes, name, status, message] of refusals) {
    const res = await upload(bytes, name);
    assert.equal(res.status, status, `${what}: ${await res.clone().text()}`);
    const problem = await res.json();
    assert.match(problem.detail, message, what);
    await intact();
  }
  // A body far over the route's limit is refused before it is read.
  const huge = await upload(Buffer.alloc(MAX * 2, 32), 'huge.pdf');
  assert.equal(huge.status, 413);
  await intact();
});

test('the item page takes a file through its form and shows refusals as form messages', async () => {
  const pagePath = `/en/knowledge/${item.id}`;
  const html = await (await admin.fetch(pagePath)).text();
  assert.match(html, /enctype="multipart\/form-data"/);
  const send = (bytes, name) => {
    const form = new FormData();
    form.set('csrf', formToken(html));
    form.set('file', new Blob([bytes]), name);
    return admin.fetch(`${pagePath}/attachments`, { method: 'POST', body: form });
  };
  const refused = await send(Buffer.from('plain text'), 'notes.pdf');
  assert.equal(refused.status, 415);
  const body = await refused.text();
  assert.match(body, /role="alert"/);
  assert.match(body, /PDF, DOCX or XLSX/);
  await intact();
  const tooLarge = await send(Buffer.concat([pdf, Buffer.alloc(MAX, 32)]), 'large.pdf');
  assert.equal(tooLarge.status, 413);
  assert.match(await tooLarge.text(), /The file is larger than 1 MB\./);
  // A body declared far over the route's limit is answered before it is read: only the head is sent.
  const farTooLarge = await rawHead(`POST ${pagePath}/attachments HTTP/1.1\r\nHost: x\r\nCookie: ${admin.cookie}\r\n` +
    `Content-Type: multipart/form-data; boundary=x\r\nContent-Length: ${MAX * 2}\r\nConnection: close\r\n\r\n`);
  assert.match(farTooLarge, /^HTTP\/1\.1 413/);
  assert.match(farTooLarge, /max_attachment_bytes/);
  await intact();

  const docx = zipOf([['[Content_Types].xml', contentTypes],
    ['word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Quarvelite lessons</w:t></w:r></w:p></w:body></w:document>']]);
  const done = await send(docx, 'lessons.docx');
  assert.equal(done.status, 303);
  const all = await listed();
  assert.equal(all.length, 2);
  const added = all.find((a) => a.file_name === 'lessons.docx');
  assert.equal(added.media_type, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  assert.deepEqual(await search('quarvelite'), [item.id]);

  // Removing it through the page takes its words out of search.
  const again = await (await admin.fetch(pagePath)).text();
  const removed = await admin.fetch(`${pagePath}/attachments/${added.id}/remove`, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf: formToken(again) }),
  });
  assert.equal(removed.status, 303);
  assert.deepEqual(await search('quarvelite'), []);
  await intact();
});

test('a member who may not edit the item cannot attach or remove, but may download', async () => {
  const member = await signIn(server.base, 'luka.peric@sava-cluster-alliance.example');
  const memberToken = (await createToken(member, 'member', 'write')).secret;
  const res = await upload(pdf, 'mine.pdf', memberToken);
  assert.equal(res.status, 403);
  const del = await fetch(`${server.base}${stored.href}`, { method: 'DELETE', headers: { Authorization: `Bearer ${memberToken}` } });
  assert.equal(del.status, 403);
  const page = await (await member.fetch(`/en/knowledge/${item.id}`)).text();
  assert.doesNotMatch(page, /enctype="multipart\/form-data"/, 'no upload form for those who may not edit');
  const form = new FormData();
  form.set('csrf', formToken(page));
  form.set('file', new Blob([pdf]), 'mine.pdf');
  assert.equal((await member.fetch(`/en/knowledge/${item.id}/attachments`, { method: 'POST', body: form })).status, 403);
  await intact();
});

test('removing the PDF through the API takes its words out of search', async () => {
  const res = await fetch(`${server.base}${stored.href}`, { method: 'DELETE', headers: { Authorization: `Bearer ${adminToken}` } });
  assert.equal(res.status, 204);
  assert.deepEqual(await listed(), []);
  assert.deepEqual(await search('zanzibarite'), []);
  assert.equal((await fetch(`${server.base}${stored.href}`)).status, 404);
});

test('a file of many chunks streams back byte for byte with its length', async () => {
  // A PNG signature and header chunk, then noise: 900 KB, many times the 64 KiB the server reads at once.
  const header = Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex');
  const noise = Buffer.alloc(900 * 1024 - header.length);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + (i >> 8) * 31) & 0xff;
  const png = Buffer.concat([header, noise]);
  const res = await upload(png, 'chart.png');
  assert.equal(res.status, 201, await res.clone().text());
  const attached = await res.json();
  assert.equal(attached.media_type, 'image/png');
  const file = await fetch(`${server.base}${attached.href}`);
  assert.equal(file.status, 200);
  assert.equal(file.headers.get('content-length'), String(png.length));
  assert.ok(Buffer.from(await file.arrayBuffer()).equals(png));
  const head = await fetch(`${server.base}${attached.href}`, { method: 'HEAD' });
  assert.equal(head.headers.get('content-length'), String(png.length));
});

test('a stored file is deleted once no attachment of any item holds its content', async () => {
  const pdf = pdfSaying('Shared study of the Danube clusters');
  const file = path.join(server.dataDir, 'attachments', createHash('sha256').update(pdf).digest('hex').replace(/^(..)/, '$1/$1'));
  // A second item (a draft made from the first) gets the same bytes: one file on disk.
  const { id, status, revision, author, created_at, updated_at, published_at, ...input } = item;
  const other = await fetch(`${server.base}/api/v1/knowledge`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...input, slug: 'shared-file-check' }),
  });
  assert.equal(other.status, 201);
  const otherId = (await other.json()).id;
  const attachTo = async (itemId) => {
    const res = await fetch(`${server.base}/api/v1/knowledge/${itemId}/attachments?file_name=study.pdf`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/octet-stream' },
      body: pdf,
    });
    assert.equal(res.status, 201, await res.clone().text());
    return res.json();
  };
  const mine = await attachTo(item.id);
  const theirs = await attachTo(otherId);
  assert.ok(existsSync(file), file);

  // Removed from one item, the file stays for the other; removed from both, it goes.
  const auth = { Authorization: `Bearer ${adminToken}` };
  assert.equal((await fetch(`${server.base}${mine.href}`, { method: 'DELETE', headers: auth })).status, 204);
  assert.ok(existsSync(file));
  const download = await fetch(`${server.base}${theirs.href}`, { headers: auth });  // a draft: signed in
  assert.equal(download.status, 200);
  assert.ok(Buffer.from(await download.arrayBuffer()).equals(pdf));
  // Deleting the item deletes its attachments and, being the last holder, the file.
  assert.equal((await fetch(`${server.base}/api/v1/knowledge/${otherId}`, { method: 'DELETE', headers: auth })).status, 204);
  assert.ok(!existsSync(file), 'no attachment holds the content any more');
  // The same bytes attached again are stored again.
  const back = await attachTo(item.id);
  assert.ok(existsSync(file));
  assert.equal((await fetch(`${server.base}${back.href}`, { method: 'DELETE', headers: auth })).status, 204);
  assert.ok(!existsSync(file));
});

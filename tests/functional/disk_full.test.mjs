// Faults: the disk fills while a file is uploaded. The attachments folder is a small tmpfs
// mounted for the test and filled up; an upload that does not fit is refused with a clear 503
// problem, leaves no partial or temporary file behind, adds no attachment and changes nothing
// else; once there is room again, the same upload succeeds. Needs root to mount the volume
// (the CI machine runs the tests as root); elsewhere it says so and is skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync, statfsSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../support/server.mjs';
import { signIn, createToken } from '../support/session.mjs';
import { pdfSaying } from '../support/files.mjs';

const canMount = process.getuid?.() === 0;

// Every file under `dir`, with its path relative to it.
function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)));
  }
  return out.sort();
}

test('an upload that meets a full disk is refused with a clear error and leaves nothing behind', { skip: !canMount && 'mounting a small volume needs root' }, async () => {
  const server = await startServer({ proxy: 'none' });
  const volume = path.join(server.dataDir, 'attachments');
  let mounted = false;
  try {
    const admin = await signIn(server.base, 'admin@clusterpolisee.example');
    const token = (await createToken(admin, 'disk full')).secret;
    const call = (method, url, body, type = 'application/json') => fetch(server.base + url, {
      method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': type }, body,
    });
    const created = await call('POST', '/api/v1/knowledge', JSON.stringify({
      kind: 'good_practice', original_language: 'en', areas: ['WG3'], countries: ['HU'], regions: ['HU33'], timeframe: 'current',
      instrument: 'networking', texts: [{ language: 'en', title: 'A study kept on a full disk', summary: 'Its file must not be half there.', body: 'The study is attached.' }],
    }));
    assert.equal(created.status, 201, await created.clone().text());
    const item = await created.json();

    mkdirSync(volume, { recursive: true });
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=128k', 'tmpfs', volume], { encoding: 'utf8' });
    assert.equal(mount.status, 0, `mount: ${mount.stderr}`);
    mounted = true;
    // Fill the volume but for a little room.
    const { bavail, bsize } = statfsSync(volume);
    writeFileSync(path.join(volume, 'filler'), Buffer.alloc(Math.max(0, bavail * bsize - 2 * bsize)));
    const study = pdfSaying(`A long study of the Hungarian clusters ${'with many findings '.repeat(1500)}`);
    assert.ok(study.length > 3 * bsize, 'the study does not fit');

    const upload = () => call('POST', `/api/v1/knowledge/${item.id}/attachments?file_name=study.pdf`, study, 'application/octet-stream');
    const refused = await upload();
    assert.equal(refused.status, 503, await refused.clone().text());
    assert.match(refused.headers.get('content-type'), /^application\/problem\+json/);
    const problem = await refused.json();
    assert.match(problem.detail ?? problem.title, /cannot be stored now/);
    assert.deepEqual(filesUnder(volume), ['filler'], 'no partial or temporary file left');
    const listed = await (await call('GET', `/api/v1/knowledge/${item.id}/attachments`)).json();
    assert.equal(listed.attachments.length, 0, 'no attachment recorded');
    const again = await (await call('GET', `/api/v1/knowledge/${item.id}`)).json();
    assert.equal(again.revision, item.revision, 'the item is as it was');

    // Room again: the same upload goes through, whole.
    rmSync(path.join(volume, 'filler'));
    const stored = await upload();
    assert.equal(stored.status, 201, await stored.clone().text());
    const files = filesUnder(volume);
    assert.equal(files.length, 1);
  } finally {
    if (mounted) spawnSync('umount', [volume]);
    assert.equal((await server.stop()).code, 0);
  }
});

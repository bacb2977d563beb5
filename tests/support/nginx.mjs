// nginx in front of app servers on loopback, as docs/deploy.md sets it up (without TLS, which
// the tests do not need): round robin over the servers, X-Forwarded-For appended, kept-alive
// connections to the upstreams, uploads passed on. Its files live in a folder of its own.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const NGINX = process.env.CPS_NGINX ?? '/usr/sbin/nginx';

// A port nothing listens on now (nginx cannot be told to pick one and say which).
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function config(dir, port, upstreams) {
  const servers = upstreams.map((base) => `    server ${new URL(base).host};`).join('\n');
  return `# Written by tests/support/nginx.mjs.
${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream clusterpolisee {
${servers}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    # The app servers judge upload sizes themselves, per route.
    client_max_body_size 0;
    location / {
      proxy_pass http://clusterpolisee;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 300s;
      proxy_request_buffering off;
    }
  }
}
`;
}

export async function startNginx(upstreams) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cps-nginx-'));
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const file = path.join(dir, 'nginx.conf');
    writeFileSync(file, config(dir, port, upstreams));
    const child = spawn(NGINX, ['-c', file, '-p', dir, '-e', `${dir}/error.log`], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const base = `http://127.0.0.1:${port}`;
    // Ready once it answers; a port taken in between makes it exit, and another is tried.
    const started = await new Promise((resolve) => {
      const deadline = Date.now() + 10000;
      const poll = async () => {
        if (child.exitCode !== null) return resolve(false);
        try {
          await fetch(`${base}/healthz`);
          return resolve(true);
        } catch {
          if (Date.now() > deadline) return resolve(false);
          setTimeout(poll, 50);
        }
      };
      poll();
    });
    if (started) {
      return {
        base,
        async stop() {
          if (child.exitCode === null) child.kill('SIGQUIT');  // graceful: finish open requests
          await exited;
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    child.kill('SIGKILL');
    await exited;
    const log = existsSync(`${dir}/error.log`) ? readFileSync(`${dir}/error.log`, 'utf8') : '';
    if (attempt >= 3) throw new Error(`nginx did not start: ${stderr}${log}`);
  }
}

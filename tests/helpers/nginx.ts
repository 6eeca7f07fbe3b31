import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DIST } from './dist.ts';
import { ROOT } from './paths.ts';

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

/** True where nginx is installed (CI installs Debian's; see .ci/run). */
export const nginxAvailable = existsSync(NGINX);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Serves dist/ (or another built site, `root`) with nginx on a loopback port,
 * using deploy/nginx.conf and deploy/nginx-http.conf exactly as shipped,
 * inside the smallest server block that gives it a root and a port. Its logs
 * and temporary files stay in .tmp/nginx-{port}/.
 */
export async function startNginx(root: string = DIST): Promise<{ origin: string; errorLog: string; close: () => Promise<void> }> {
  const port = await freePort();
  const dir = join(ROOT, '.tmp', `nginx-${port}`);
  mkdirSync(dir, { recursive: true });
  const modules = '/etc/nginx/modules-enabled';
  const config = `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${existsSync(modules) ? `include ${modules}/*.conf;` : ''}
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${join(ROOT, 'deploy/nginx-http.conf')};
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${join(ROOT, 'deploy/nginx.conf')};
  }
}
`;
  const path = join(dir, 'nginx.conf');
  writeFileSync(path, config);
  const check = spawnSync(NGINX, ['-t', '-c', path], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child: ChildProcess = spawn(NGINX, ['-c', path], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    errorLog: join(dir, 'error.log'),
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}

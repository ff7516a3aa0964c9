// Firefox (Debian's firefox-esr) driven over WebDriver BiDi, the W3C protocol Firefox speaks
// natively: playwright-core's Firefox needs Playwright's own patched build, so the few Firefox
// tests use this small client instead. Headless Firefox has no WebGL at all
// (https://bugzil.la/1375585), so it runs in a virtual X display (Debian's xvfb) where Mesa's
// software renderer, llvmpipe, gives it WebGL 2. Needs Node's WebSocket (--experimental-websocket
// on Node 20; tests/e2e/run.sh passes it).
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const kFirefox = '/usr/bin/firefox-esr';

// Starts a virtual X display; returns {display, stop}.
async function startXvfb() {
  const xvfb = spawn('/usr/bin/Xvfb', ['-displayfd', '1', '-screen', '0', '1366x768x24', '-nolisten', 'tcp'],
                     {stdio: ['ignore', 'pipe', 'ignore']});
  const display = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Xvfb did not start')), 10000);
    xvfb.stdout.once('data', (chunk) => {
      clearTimeout(timer);
      resolve(':' + String(chunk).trim());
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return {display, stop: () => xvfb.kill()};
}

// Starts Firefox with a fresh profile and opens a BiDi session; returns {send, on, close}.
export async function launchFirefox() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'la-firefox-'));
  // A machine without a GPU is on Firefox's WebGL blocklist; Mesa's llvmpipe is fine for tests,
  // as SwiftShader is for Chromium.
  fs.writeFileSync(path.join(profile, 'user.js'), 'user_pref("webgl.force-enabled", true);\n');
  const xvfb = await startXvfb();
  const child = spawn(kFirefox, ['--no-remote', '--profile', profile, '--remote-debugging-port', '0',
                                 '--width', '1366', '--height', '768', 'about:blank'],
                      {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, DISPLAY: xvfb.display}});
  const url = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start: ${text}`)), 30000);
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`Firefox exited (${code}): ${text}`)));
  });
  if (typeof WebSocket !== 'function') throw new Error('Node has no WebSocket: run it with --experimental-websocket');
  const socket = new WebSocket(`${url}/session`);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = () => reject(new Error(`cannot connect to ${url}`));
  });
  let next = 0;
  const pending = new Map();
  const listeners = [];
  socket.onmessage = (message) => {
    const data = JSON.parse(message.data);
    if (data.id !== undefined && pending.has(data.id)) {
      const {resolve, reject} = pending.get(data.id);
      pending.delete(data.id);
      if (data.type === 'error') reject(new Error(`${data.error}: ${data.message}`));
      else resolve(data.result);
    } else if (data.type === 'event') {
      for (const listener of listeners) listener(data.method, data.params);
    }
  };
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const id = ++next;
    pending.set(id, {resolve, reject});
    socket.send(JSON.stringify({id, method, params}));
  });
  await send('session.new', {capabilities: {}});
  return {
    send,
    on(listener) { listeners.push(listener); },
    async close() {
      try {
        await send('browser.close');
      } catch {
        // the connection may close before the answer
      }
      socket.close();
      if (child.exitCode === null) child.kill();
      xvfb.stop();
      fs.rmSync(profile, {recursive: true, force: true});
    },
  };
}

// Evaluates expression (which may await) in the context; returns its value as JSON-able data.
export async function evaluate(firefox, context, expression) {
  const result = await firefox.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: {context}, awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(`${expression}: ${result.exceptionDetails.text}`);
  return JSON.parse(result.result.value ?? 'null');
}

// Polls expression until it is true (or throws after timeout ms).
export async function waitFor(firefox, context, expression, timeout = 20000) {
  const start = Date.now();
  while (!(await evaluate(firefox, context, expression))) {
    if (Date.now() - start > timeout) throw new Error(`Firefox: never true: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Behind a proxy (issue 12): the bundle carries a stand-in for undici and loads the real one only when a
// proxy is set; then every request of a triage must go through the proxy and still reach GitHub. The API's
// host is a name only the proxy knows (the toolkit never proxies a loopback address), and the proxy is a
// CONNECT tunnel to the fake, as a corporate proxy is.
import { describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { FakeGitHub } from '../fake-github/index.js';
import { buildPersona } from '../personas/index.js';
import { runAction } from '../harness/run-action.js';
import { node24Path } from '../harness/node-versions.js';
import { startFor } from './helpers.js';

const apiHost = 'api.github.test';

interface Proxy {
  url: string;
  tunnels: string[]; // the CONNECT targets, one per connection
}

// A CONNECT proxy that sends `apiHost` to the fake on loopback and refuses every other host.
async function startProxy(t: TestContext, fake: FakeGitHub): Promise<Proxy> {
  const fakePort = new URL(fake.url).port;
  const tunnels: string[] = [];
  const server: Server = createServer((_req, res) => res.writeHead(405).end('CONNECT only'));
  server.on('connect', (req, client) => {
    const target = req.url ?? '';
    tunnels.push(target);
    if (target !== `${apiHost}:${fakePort}`) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(Number(fakePort), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  server.unref();
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, tunnels };
}

describe('behind a proxy', () => {
  test('HTTP_PROXY set: a triage goes through the proxy (the real undici) and reaches GitHub', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const proxy = await startProxy(t, fake);
    const apiUrl = `http://${apiHost}:${new URL(fake.url).port}`;
    const run = await runAction({
      eventName: persona.event.name,
      payload: persona.event.payload,
      apiUrl,
      graphqlUrl: `${apiUrl}/graphql`,
      node: node24Path,
      env: { HTTP_PROXY: proxy.url, NO_PROXY: '' },
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.notEqual(run.outputs.verdict, 'skipped');
    assert.equal(run.outputs.partial, 'false', run.warnings.join('\n'));
    assert.ok(fake.log.length > 0, 'GitHub was asked');
    assert.equal(run.outputs['api-requests'], String(fake.log.length));
    assert.ok(proxy.tunnels.length > 0, 'the requests went through the proxy');
    assert.deepEqual([...new Set(proxy.tunnels)], [`${apiHost}:${new URL(fake.url).port}`]);
  });
});

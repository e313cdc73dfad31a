import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, globalAgent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createClient } from '../../src/fetch/client.js';
import { repoRoot } from '../harness/node-versions.js';

// api.github.com is HTTPS and the fake GitHub is plain HTTP on loopback: here the client talks TLS to a server
// with the self-signed certificate in test/fixtures/tls (for 127.0.0.1, until 2126).
const tlsFile = (name: string) => readFileSync(join(repoRoot, 'test', 'fixtures', 'tls', name));
const timing = { requestTimeoutMs: 2_000, notificationSpacingMs: 100, retryBaseMs: 10 };

async function startTlsServer(): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const server = createServer({ key: tlsFile('key.pem'), cert: tlsFile('cert.pem'), keepAlive: true }, (_req, res) => {
    setTimeout(() => {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ login: 'sam', id: 5 }));
    }, 20);
  });
  server.on('secureConnection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    connections: () => connections,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('the client over HTTPS', () => {
  it("verifies the server's certificate and keeps TLS connections alive: a second wave on the first wave's", async () => {
    const server = await startTlsServer();
    const trusted = globalAgent.options.ca;
    // Trusted as NODE_EXTRA_CA_CERTS would make it (a GitHub Enterprise Server with its own CA).
    globalAgent.options.ca = tlsFile('cert.pem');
    try {
      const client = createClient({ token: 't', baseUrl: server.url, deadline: AbortSignal.timeout(30_000), timing });
      const wave = () => Promise.all([1, 2, 3].map(() => client.octokit.request('GET /users/{username}', { username: 'sam' })));
      const first = await wave();
      await wave();
      assert.deepEqual(
        first.map((r) => r.data.login),
        ['sam', 'sam', 'sam'],
      );
      assert.equal(server.connections(), 3);
    } finally {
      globalAgent.options.ca = trusted;
      await server.close();
    }
  });

  it('refuses a server whose certificate it does not trust', async () => {
    const server = await startTlsServer();
    try {
      const client = createClient({ token: 't', baseUrl: server.url, deadline: AbortSignal.timeout(30_000), timing });
      await assert.rejects(client.octokit.request('GET /users/{username}', { username: 'sam' }), /self[- ]signed certificate/);
      assert.equal(client.stats.requests, 3); // tried, and retried as any failed connection is
    } finally {
      await server.close();
    }
  });
});

// minipass-fetch ships no types. What this client passes it and reads back: a Response as Octokit reads one
// (status, url, headers with get and iteration, text, json, arrayBuffer); its body is a Minipass stream, which,
// like a ReadableStream, is async-iterable (plainBody in client.ts reads it so).
declare module 'minipass-fetch' {
  import type { Agent } from 'node:http';
  interface MinipassFetchInit extends Omit<RequestInit, 'body'> {
    body?: unknown; // Octokit sends JSON text; minipass-fetch also takes buffers and streams
    agent?: (url: URL) => Agent;
  }
  export default function fetch(url: string, init?: MinipassFetchInit): Promise<unknown>;
}

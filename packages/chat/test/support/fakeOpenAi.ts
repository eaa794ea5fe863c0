import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake answers to the next completion request. */
export type Script =
  | { readonly type: "answer"; readonly content: string }
  | { readonly type: "slow"; readonly ms: number; readonly content: string }
  | { readonly type: "status"; readonly status: number };

/** A request the fake received: the JSON body the `openai` client sent. */
export type Recorded = { readonly path: string; readonly body: Record<string, unknown> };

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

const completion = (content: string) => ({
  id: "chatcmpl-test",
  object: "chat.completion",
  created: 1_700_000_000,
  model: "fake-model",
  choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content } }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});

/**
 * A local server that speaks OpenAI's chat-completions API on 127.0.0.1: it
 * answers each request with the next scripted reply (good, invalid, slow or
 * failing) and records what the real `openai` client sent.
 */
export const startFakeOpenAi = async () => {
  const scripts: Script[] = [];
  const received: Recorded[] = [];
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    received.push({
      path: req.url ?? "",
      body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
    });
    const script = scripts.shift() ?? { type: "status", status: 500 };
    if (script.type === "status") {
      res.writeHead(script.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "scripted failure", type: "server_error" } }));
      return;
    }
    if (script.type === "slow") await new Promise((resolve) => setTimeout(resolve, script.ms));
    if (res.destroyed) return;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(completion(script.content)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    received,
    /** Queues the replies to the next requests, in order. */
    script: (...next: Script[]) => scripts.push(...next),
    answer: (command: unknown) =>
      scripts.push({ type: "answer", content: JSON.stringify({ command }) }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

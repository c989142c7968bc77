/** A file uploaded with a Bot API call, as multipart/form-data carried it. */
export interface UploadedFile {
  filename: string;
  bytes: Uint8Array;
}

/** A Bot API call's parameters, and the files a multipart call attached by `attach://<id>`. */
export interface BotApiBody {
  params: Record<string, unknown>;
  /** Files by the parameter that names them ("document", "photo"). */
  files: Record<string, UploadedFile>;
}

/**
 * Reads the body of a Bot API call as grammY sends it: JSON, or multipart/form-data when it
 * uploads a file (an InputFile), whose fields are strings (objects JSON-encoded) and whose
 * file parts are named by the `attach://` value of their parameter.
 */
export async function readBotApiBody(init?: { body?: unknown; headers?: unknown }): Promise<BotApiBody> {
  if (typeof init?.body === "string") return { params: JSON.parse(init.body) as Record<string, unknown>, files: {} };
  const type = contentType(init?.headers);
  if (!init?.body || !type.startsWith("multipart/form-data")) return { params: {}, files: {} };
  const boundary = /boundary=([^;]+)/.exec(type)?.[1];
  if (!boundary) return { params: {}, files: {} };
  const params: Record<string, unknown> = {};
  const parts = new Map<string, UploadedFile>();
  for (const part of multipartParts(await bytesOf(init.body), boundary)) {
    if (part.filename === undefined) params[part.name] = part.body.toString("utf8");
    else parts.set(part.name, { filename: part.filename, bytes: new Uint8Array(part.body) });
  }
  const files: Record<string, UploadedFile> = {};
  for (const [name, value] of Object.entries(params)) {
    const attached = typeof value === "string" && value.startsWith("attach://") ? parts.get(value.slice("attach://".length)) : undefined;
    if (attached) files[name] = attached;
  }
  return { params, files };
}

function contentType(headers: unknown): string {
  if (!headers) return "";
  if (headers instanceof Headers) return headers.get("content-type") ?? "";
  const entries = Object.entries(headers as Record<string, string>);
  return entries.find(([key]) => key.toLowerCase() === "content-type")?.[1] ?? "";
}

/** The whole body, from a string, bytes or a stream (grammY sends a Node Readable). */
async function bytesOf(body: unknown): Promise<Buffer> {
  if (typeof body === "string") return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * The parts of a multipart/form-data body. Read by hand: grammY writes its part headers
 * compactly ("content-disposition:form-data;name=…;filename=…", the file name unquoted),
 * which Node's own FormData parser refuses though Telegram accepts it.
 */
function multipartParts(body: Buffer, boundary: string): { name: string; filename?: string; body: Buffer }[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: { name: string; filename?: string; body: Buffer }[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const from = start + delimiter.length;
    if (body.subarray(from, from + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, from);
    if (next === -1) break;
    const part = body.subarray(from + 2, next - 2);
    const split = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, split).toString("utf8");
    const disposition = /content-disposition:\s*form-data\s*;([^\r\n]*)/i.exec(headers)?.[1] ?? "";
    const name = /(?:^|;)\s*name="?([^";]*)"?/.exec(disposition)?.[1];
    const filename = /(?:^|;)\s*filename="?([^";]*)"?/.exec(disposition)?.[1];
    if (name !== undefined) parts.push({ name, ...(filename !== undefined ? { filename } : {}), body: part.subarray(split + 4) });
    start = next;
  }
  return parts;
}

import type { Api } from "grammy";

/** Fetches the file a person sent, by its file_id. */
export type FileDownloader = (api: Api, fileId: string) => Promise<Uint8Array>;

/** Telegram's default API root; a bridge or a test gives its own. */
const DEFAULT_API_ROOT = "https://api.telegram.org";

/**
 * Downloads a file the way the Bot API serves it: getFile gives its file_path, then the bytes
 * are at `<api root>/file/bot<token>/<file_path>`, through the same root and fetch the bot's
 * client uses (a local Bot API server, the console's bridge, a test's fake Telegram).
 */
export function fileDownloader(token: string, client: { apiRoot?: string; fetch?: unknown } = {}): FileDownloader {
  const root = client.apiRoot ?? DEFAULT_API_ROOT;
  const fetchFile = (client.fetch as typeof fetch | undefined) ?? fetch;
  return async (api, fileId) => {
    const file = await api.getFile(fileId);
    if (!file.file_path) throw new Error(`getFile gave no file_path for ${fileId}`);
    const response = await fetchFile(`${root}/file/bot${token}/${file.file_path}`);
    if (!response.ok) throw new Error(`The file download answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

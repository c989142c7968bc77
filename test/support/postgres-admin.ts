import pg from "pg";

/** Runs one statement on the server's own database (CREATE and DROP DATABASE cannot run in the one they name). */
export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

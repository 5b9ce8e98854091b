// The one database connection of an extension page's library views (Dexie shares it across views).
import { openDb, type NoticeLensDb } from '../db';

let instance: NoticeLensDb | null = null;

export function libraryDb(): NoticeLensDb {
  instance ??= openDb();
  return instance;
}

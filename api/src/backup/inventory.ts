import type { InStatement, ResultSet } from '@libsql/client';

/** A client or an open transaction: both can run statements. */
export interface Executor {
  execute(stmt: InStatement): Promise<ResultSet>;
}

export interface TableInfo {
  name: string;
  columns: string[];
  rows: number;
  /** WITHOUT ROWID tables are paged by offset instead of by rowid. */
  withoutRowid: boolean;
}

/** What a backup holds and what a restored database is checked against. */
export interface Inventory {
  /** Ordinary tables, parents before children (foreign keys), without drizzle's journal and FTS shadow tables. */
  tables: TableInfo[];
  /** drizzle's `__drizzle_migrations`: how many were applied and the `when` of the last one. */
  migrations: { count: number; lastCreatedAt: number | null };
  /** External-content FTS5 tables: rebuilt from their content tables after an import, not copied. */
  ftsRebuild: string[];
}

export const quoteId = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function inventory(db: Executor): Promise<Inventory> {
  const master = await db.execute("select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%'");
  const all = master.rows.map((r) => ({ name: String(r.name), sql: String(r.sql ?? '') }));
  const virtual = all.filter((t) => /^create\s+virtual\s+table/i.test(t.sql));
  const isShadow = (name: string) => virtual.some((v) => name.startsWith(`${v.name}_`));
  const ordinary = all.filter((t) => t.name !== '__drizzle_migrations' && !virtual.includes(t) && !isShadow(t.name));

  const tables: TableInfo[] = [];
  const parents = new Map<string, string[]>();
  for (const t of ordinary) {
    const cols = await db.execute({ sql: 'select name from pragma_table_info(?)', args: [t.name] });
    const fks = await db.execute({ sql: 'select "table" as parent from pragma_foreign_key_list(?)', args: [t.name] });
    const count = await db.execute(`select count(*) as n from ${quoteId(t.name)}`);
    parents.set(t.name, fks.rows.map((r) => String(r.parent)).filter((p) => p !== t.name));
    tables.push({
      name: t.name,
      columns: cols.rows.map((r) => String(r.name)),
      rows: Number(count.rows[0]?.n ?? 0),
      withoutRowid: /without\s+rowid\s*$/i.test(t.sql.trim()),
    });
  }

  const hasJournal = all.some((t) => t.name === '__drizzle_migrations');
  const mig = hasJournal ? await db.execute('select count(*) as n, max(created_at) as last from __drizzle_migrations') : undefined;
  const last = mig?.rows[0]?.last;
  return {
    tables: parentsFirst(tables, parents),
    migrations: { count: Number(mig?.rows[0]?.n ?? 0), lastCreatedAt: last === null || last === undefined ? null : Number(last) },
    ftsRebuild: virtual.filter((v) => /using\s+fts5/i.test(v.sql) && /content\s*=\s*'[^']+'/i.test(v.sql)).map((v) => v.name),
  };
}

/** Topological order so that imported rows find their parents; cycles keep their original order. */
function parentsFirst(tables: TableInfo[], parents: Map<string, string[]>): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const out: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.get(name)) return;
    state.set(name, 'visiting');
    for (const p of parents.get(name) ?? []) if (byName.has(p)) visit(p);
    state.set(name, 'done');
    out.push(byName.get(name)!);
  };
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(t.name);
  return out;
}

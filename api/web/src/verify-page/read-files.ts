/** Files from a drop (a ZIP, files, or whole folders) or a file chooser, each with its path inside the folder. */
type WithPath = File & { relPath?: string };

const entryFile = (e: FileSystemFileEntry) => new Promise<File>((resolve, reject) => e.file(resolve, reject));
const entryChildren = (d: FileSystemDirectoryEntry) =>
  new Promise<FileSystemEntry[]>((resolve, reject) => {
    const reader = d.createReader();
    const all: FileSystemEntry[] = [];
    const next = () => reader.readEntries((batch) => (batch.length ? (all.push(...batch), next()) : resolve(all)), reject);
    next();
  });

async function walk(entry: FileSystemEntry, prefix: string, out: WithPath[]) {
  if (entry.isFile) {
    const f = (await entryFile(entry as FileSystemFileEntry)) as WithPath;
    f.relPath = prefix + f.name;
    out.push(f);
  } else if (entry.isDirectory) {
    for (const child of await entryChildren(entry as FileSystemDirectoryEntry)) await walk(child, `${prefix}${entry.name}/`, out);
  }
}

export async function readDropped(dt: DataTransfer): Promise<File[]> {
  const entries = [...dt.items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => Boolean(e));
  if (!entries.length) return [...dt.files];
  const out: WithPath[] = [];
  for (const e of entries) await walk(e, '', out);
  return out;
}

export function readPicked(input: HTMLInputElement): File[] {
  return [...(input.files ?? [])].map((f) => Object.assign(f, { relPath: f.webkitRelativePath || f.name }));
}

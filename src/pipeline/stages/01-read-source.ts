import type { Diagnostics } from '../diagnostics';

const STAGE = 'read-source';

export interface SourceLine {
  /** 1-based line number in the file, for diagnostics. */
  number: number;
  /** The line, trimmed. */
  text: string;
}

export interface Source {
  meta: Record<string, string>;
  published: string | null;
  /** Every line after the front matter, empty ones included. */
  lines: SourceLine[];
}

/** Decodes bytes as UTF-8 (or UTF-16 when a BOM says so); null with a diagnostic when it is not text. */
export function decodeText(bytes: Uint8Array, diag: Diagnostics): string | null {
  if (bytes.length === 0) {
    diag.error(STAGE, 'the file is empty', { hint: 'write a title line, then one paragraph per line' });
    return null;
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    diag.error(STAGE, `binary data: a NUL byte at byte ${nul}`, {
      line: lineOfByte(bytes, nul),
      hint: 'save the article as UTF-8 plain text',
    });
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    diag.error(STAGE, `not valid UTF-8 (byte ${bad})`, {
      line: lineOfByte(bytes, bad),
      hint: 're-save the file as UTF-8',
    });
    return null;
  }
}

function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return 0;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A real calendar date in ISO 8601 form (time part allowed); returns its YYYY-MM-DD part. */
export function parseIsoDate(value: string): string | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Splits text into lines and front matter. Line ends may be LF, CRLF or CR. */
export function readSource(text: string, diag: Diagnostics): Source {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const meta: Record<string, string> = {};
  let published: string | null = null;
  let bodyStart = 0;

  if (raw[0]?.trim() === '---') {
    const close = raw.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (close < 0) {
      diag.error(STAGE, 'front matter is not closed', { line: 1, hint: "end it with a line '---'" });
      return { meta, published, lines: [] };
    }
    for (let i = 1; i < close; i++) {
      const line = raw[i]!.trim();
      if (line === '' || line.startsWith('#')) continue;
      const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
      if (!m) {
        diag.error(STAGE, `front matter line is not 'key: value': ${JSON.stringify(line.slice(0, 60))}`, {
          line: i + 1,
          hint: "write 'key: value', or close the front matter with '---'",
        });
        continue;
      }
      const key = m[1]!;
      const value = m[2]!.replace(/^(["'])(.*)\1$/, '$2');
      if (key in meta) {
        diag.error(STAGE, `front matter key '${key}' is given twice`, { line: i + 1, hint: 'keep one of them' });
        continue;
      }
      meta[key] = value;
    }
    if (meta.date !== undefined) {
      published = parseIsoDate(meta.date);
      if (!published) {
        const line = raw.findIndex((l, i) => i > 0 && i < close && /^\s*date\s*:/.test(l)) + 1;
        diag.error(STAGE, `front matter date '${meta.date}' is not a date`, {
          line,
          hint: 'write it as YYYY-MM-DD, e.g. date: 2023-11-16',
        });
      }
    }
    bodyStart = close + 1;
  }

  const lines = raw.slice(bodyStart).map((l, i) => ({ number: bodyStart + i + 1, text: l.trim() }));
  return { meta, published, lines };
}

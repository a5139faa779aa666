import { t } from '@lingui/core/macro';
import { formatCount } from '../../format/number';
import { quote } from '../../text/userText';
import type { Lesson } from './lessonTypes';
import { lessonJson, readLesson, type ReadResult } from './readLesson';

/*
 * A lesson packed for a link: `1.` (the packing's version) and the lesson's JSON, deflated (the browser's own
 * CompressionStream: no library needed) and written in base64url, which a URL carries as it is. Unpacking never
 * throws: a link cut short, mangled or oversized gives no lesson and says why.
 */

export const CODE_VERSION = '1';

/** The longest lesson link the app makes: longer ones are offered as a file. Browsers and chat tools keep this much. */
export const MAX_LINK_CODE = 8000;
/** A packed lesson longer than this is not read at all, and one that unpacks to more than MAX_UNPACKED bytes stops there. */
const MAX_READ_CODE = 32_000;
const MAX_UNPACKED = 256 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates at most `max` bytes; null when the data is not deflated or unpacks to more. */
async function inflate(bytes: Uint8Array, max: number): Promise<Uint8Array | null> {
  try {
    const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > max) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
    const all = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      all.set(chunk, offset);
      offset += chunk.length;
    }
    return all;
  } catch {
    return null;
  }
}

/** The lesson packed for a link (without the `#lesson=`). */
export async function packLesson(lesson: Lesson): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(lessonJson(lesson)));
  return `${CODE_VERSION}.${toBase64Url(await deflate(json))}`;
}

/** Unpacks a link's lesson. Never throws; `problems` says what was wrong, in words a student can read. */
export async function unpackLesson(code: string): Promise<ReadResult> {
  const fail = (message: string): ReadResult => ({ lesson: null, problems: [message] });
  try {
    if (typeof code !== 'string' || code.length === 0) return fail(t`The lesson link holds no lesson.`);
    const length = formatCount(code.length);
    const most = formatCount(MAX_READ_CODE);
    if (code.length > MAX_READ_CODE) return fail(t`The lesson link is ${length} characters long, more than the ${most} it may be.`);
    const dot = code.indexOf('.');
    const version = dot < 0 ? '' : code.slice(0, dot);
    const quoted = quote(version);
    if (version !== CODE_VERSION) return fail(t`The lesson link is version ${quoted}; this app reads version ${CODE_VERSION}.`);
    const bytes = fromBase64Url(code.slice(dot + 1));
    if (!bytes) return fail(t`The lesson link has characters a lesson link never holds: it may have been cut or changed.`);
    const unpacked = await inflate(bytes, MAX_UNPACKED);
    if (!unpacked) return fail(t`The lesson link is damaged: it may have been cut short or changed.`);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(unpacked));
    } catch {
      return fail(t`The lesson link is damaged: what it holds is not a lesson.`);
    }
    return readLesson(json);
  } catch {
    return fail(t`The lesson link could not be read.`);
  }
}

import { t } from '@lingui/core/macro';
import { downloadBlob } from '../../../ui/download';
import { formatCount } from '../../../format/number';
import type { Lesson } from '../lessonTypes';
import { lessonJson, readLesson, type ReadResult } from '../readLesson';

/** A lesson file is a few kB; anything far larger is not one, and is refused before it is read. */
export const MAX_LESSON_FILE = 512 * 1024;

export function saveLessonFile(lesson: Lesson): void {
  const text = `${JSON.stringify(lessonJson(lesson), null, 2)}\n`;
  const name = `${lesson.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'lesson'}.neuron-lesson.json`;
  downloadBlob(new Blob([text], { type: 'application/json' }), name);
}

/** Reads a lesson file the user chose. Never rejects; says what was wrong. */
export async function openLessonFile(file: Blob): Promise<ReadResult> {
  const size = formatCount(Math.round(file.size / 1024));
  if (file.size > MAX_LESSON_FILE) return { lesson: null, problems: [t`The file is ${size} kB: a lesson file is a few kB. Is it the right file?`] };
  try {
    const text = await file.text();
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return { lesson: null, problems: [t`The file is not JSON: choose a lesson saved by Neuron Lab (.neuron-lesson.json).`] };
    }
    return readLesson(json);
  } catch {
    return { lesson: null, problems: [t`The file could not be read.`] };
  }
}

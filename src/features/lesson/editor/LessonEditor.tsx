import { useRef, useState } from 'react';
import { useLabStore } from '../../../state';
import { copyText } from '../../../ui/clipboard';
import { ModalDialog } from '../../../ui/ModalDialog';
import { openLesson } from '../lessonActions';
import { packLesson, MAX_LINK_CODE } from '../lessonCode';
import { lessonStore } from '../lessonStore';
import { LESSON_HASH } from '../lessonMode';
import { LIMITS, type Lesson } from '../lessonTypes';
import { lessonJson, readLesson } from '../readLesson';
import { CardEditor, captureLab } from './CardEditor';
import { addCard, blankCard, changeCard, moveCard, removeCard } from './draftCards';
import { openLessonFile, saveLessonFile } from './lessonFile';
import './editor.css';

/** The draft as any lesson from outside is read: the same checks, the same fallbacks. */
function checked(draft: Lesson): { lesson: Lesson; problems: string[] } {
  const read = readLesson(JSON.parse(JSON.stringify(lessonJson(draft))));
  return { lesson: read.lesson ?? draft, problems: read.problems };
}

/**
 * The lesson editor: a teacher adds, removes and reorders cards, writes each card's text (plain text, never
 * HTML), sets what it starts from (the lab as it is, captured), its question and answer; then uses the lesson,
 * shares it as a link (it opens at card 1) or saves it as a JSON file, and opens a file.
 */
export function LessonEditor({ onClose }: { onClose(): void }) {
  const labStore = useLabStore();
  const [draft, setDraft] = useState<Lesson>(() => lessonStore.getState().draft ?? structuredClone(lessonStore.getState().lesson));
  const [status, setStatus] = useState<{ text: string; tone: 'info' | 'warning' } | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const edit = (next: Lesson) => {
    setDraft(next);
    lessonStore.setState({ draft: next });
    setLink(null);
    setStatus(null);
  };
  const problemsText = (problems: string[]) => (problems.length > 0 ? ` Fixed on the way: ${problems.slice(0, 3).join(' ')}` : '');

  const use = () => {
    const { lesson, problems } = checked(draft);
    openLesson(lessonStore, labStore, lesson, 'own');
    setStatus({ text: `The lesson is open at card 1.${problemsText(problems)}`, tone: problems.length ? 'warning' : 'info' });
  };
  const share = async () => {
    const { lesson, problems } = checked(draft);
    const code = await packLesson(lesson);
    if (code.length > MAX_LINK_CODE) {
      setLink(null);
      setStatus({ text: `This lesson is too long for a link (${code.length.toLocaleString('en-US')} characters packed, at most ${MAX_LINK_CODE.toLocaleString('en-US')}). Save it as a file and share the file instead.`, tone: 'warning' });
      return;
    }
    const address = `${window.location.origin}${window.location.pathname}${LESSON_HASH}${code}`;
    setLink(address);
    const copied = await copyText(address, navigator.clipboard);
    if (!copied) requestAnimationFrame(() => linkField.current?.select());
    setStatus({ text: `${copied ? 'Link copied.' : 'The link is below: copy it with Ctrl+C.'} It opens this lesson at card 1.${problemsText(problems)}`, tone: problems.length ? 'warning' : 'info' });
  };
  const save = () => {
    const { lesson, problems } = checked(draft);
    saveLessonFile(lesson);
    setStatus({ text: `Saved as a file.${problemsText(problems)}`, tone: problems.length ? 'warning' : 'info' });
  };
  const open = async (file: File | undefined) => {
    if (!file) return;
    const { lesson, problems } = await openLessonFile(file);
    if (!lesson) {
      setStatus({ text: `That file could not be opened: ${problems[0] ?? 'it is not a lesson.'} Your draft is as it was.`, tone: 'warning' });
      return;
    }
    edit(lesson);
    setStatus({ text: `Opened ${lesson.cards.length} cards from the file.${problemsText(problems)}`, tone: problems.length ? 'warning' : 'info' });
  };

  return (
    <ModalDialog title="Lesson editor" onClose={onClose} className="lesson-editor">
      <div className="editor-body">
        <label className="editor-field">
          Lesson title
          <input type="text" value={draft.title} maxLength={LIMITS.title} onChange={(e) => edit({ ...draft, title: e.currentTarget.value })} />
        </label>
        {draft.cards.map((card, i) => (
          <CardEditor
            key={i}
            card={card}
            index={i}
            count={draft.cards.length}
            onChange={(change) => edit(changeCard(draft, i, change))}
            onReplace={(next) => edit(changeCard(draft, i, next))}
            onMove={(by) => edit(moveCard(draft, i, by))}
            onRemove={() => edit(removeCard(draft, i))}
          />
        ))}
        <button type="button" disabled={draft.cards.length >= LIMITS.cards} onClick={() => edit(addCard(draft, draft.cards.length - 1, { ...blankCard(null), ...captureLab(labStore) }))}>
          Add a card from the lab as it is now
        </button>
      </div>
      <div className="editor-footer">
        <div className="editor-row">
          <button type="button" className="lesson-primary" onClick={use}>
            Use this lesson
          </button>
          <button type="button" onClick={() => void share()}>
            Copy lesson link
          </button>
          <button type="button" onClick={save}>
            Save as file
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open a lesson file
          </button>
          <input ref={fileInput} type="file" accept=".json,application/json" className="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={(e) => void open(e.currentTarget.files?.[0])} />
        </div>
        {link && (
          <label className="editor-field">
            Link to this lesson
            <input ref={linkField} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </label>
        )}
        <p className={`editor-status${status?.tone === 'warning' ? ' is-warning' : ''}`} role="status">
          {status?.text ?? ''}
        </p>
      </div>
    </ModalDialog>
  );
}

import { useRef, useState } from 'react';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { formatCount } from '../../../format/number';
import { useLabStore } from '../../../state';
import { copyText } from '../../../ui/clipboard';
import { ModalDialog } from '../../../ui/ModalDialog';
import { openLesson } from '../lessonActions';
import { packLesson, MAX_LINK_CODE } from '../lessonCode';
import { lessonStore, shownLesson } from '../lessonStore';
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
  const [draft, setDraft] = useState<Lesson>(() => lessonStore.getState().draft ?? structuredClone(shownLesson(lessonStore.getState())));
  const [status, setStatus] = useState<{ text: string; tone: 'info' | 'warning' } | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { t } = useLingui();

  const edit = (next: Lesson) => {
    setDraft(next);
    lessonStore.setState({ draft: next });
    setLink(null);
    setStatus(null);
  };
  const problemsText = (problems: string[]) => {
    const fixed = problems.slice(0, 3).join(' ');
    return problems.length > 0 ? ` ${t`Fixed on the way: ${fixed}`}` : '';
  };

  const use = () => {
    const { lesson, problems } = checked(draft);
    openLesson(lessonStore, labStore, lesson, 'own');
    setStatus({ text: `${t`The lesson is open at card 1.`}${problemsText(problems)}`, tone: problems.length ? 'warning' : 'info' });
  };
  const share = async () => {
    const { lesson, problems } = checked(draft);
    const code = await packLesson(lesson);
    if (code.length > MAX_LINK_CODE) {
      setLink(null);
      const packed = formatCount(code.length);
      const most = formatCount(MAX_LINK_CODE);
      setStatus({ text: t`This lesson is too long for a link (${packed} characters packed, at most ${most}). Save it as a file and share the file instead.`, tone: 'warning' });
      return;
    }
    const address = `${window.location.origin}${window.location.pathname}${LESSON_HASH}${code}`;
    setLink(address);
    const copied = await copyText(address, navigator.clipboard);
    if (!copied) requestAnimationFrame(() => linkField.current?.select());
    const said = copied ? t`Link copied. It opens this lesson at card 1.` : t`The link is below: copy it with Ctrl+C. It opens this lesson at card 1.`;
    setStatus({ text: `${said}${problemsText(problems)}`, tone: problems.length ? 'warning' : 'info' });
  };
  const save = () => {
    const { lesson, problems } = checked(draft);
    saveLessonFile(lesson);
    setStatus({ text: `${t`Saved as a file.`}${problemsText(problems)}`, tone: problems.length ? 'warning' : 'info' });
  };
  const open = async (file: File | undefined) => {
    if (!file) return;
    const { lesson, problems } = await openLessonFile(file);
    if (!lesson) {
      const why = problems[0] ?? t`it is not a lesson.`;
      setStatus({ text: t`That file could not be opened: ${why} Your draft is as it was.`, tone: 'warning' });
      return;
    }
    edit(lesson);
    const cards = lesson.cards.length;
    setStatus({ text: `${plural(cards, { one: 'Opened # card from the file.', other: 'Opened # cards from the file.' })}${problemsText(problems)}`, tone: problems.length ? 'warning' : 'info' });
  };

  return (
    <ModalDialog title={t`Lesson editor`} onClose={onClose} className="lesson-editor">
      <div className="editor-body">
        <label className="editor-field">
          <Trans>Lesson title</Trans>
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
          <Trans>Add a card from the lab as it is now</Trans>
        </button>
      </div>
      <div className="editor-footer">
        <div className="editor-row">
          <button type="button" className="lesson-primary" onClick={use}>
            <Trans>Use this lesson</Trans>
          </button>
          <button type="button" onClick={() => void share()}>
            <Trans>Copy lesson link</Trans>
          </button>
          <button type="button" onClick={save}>
            <Trans>Save as file</Trans>
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            <Trans>Open a lesson file</Trans>
          </button>
          <input ref={fileInput} type="file" accept=".json,application/json" className="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={(e) => void open(e.currentTarget.files?.[0])} />
        </div>
        {link && (
          <label className="editor-field">
            <Trans>Link to this lesson</Trans>
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

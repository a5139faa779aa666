import { lazy, Suspense, useState } from 'react';
import { Trans } from '@lingui/react/macro';
// Here, not in the dialog's chunk: the presenter panels' picker on the first screen wears these styles too.
import './lesson.css';

/** The dialog and its QR code, loaded when first opened: a class that never makes a lesson link never downloads it. */
const LessonLinkDialog = lazy(() => import('./LessonLinkDialog').then((module) => ({ default: module.LessonLinkDialog })));

/** The "Lesson link" button and its dialog. */
export function LessonLinkButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Trans>Lesson link</Trans>
      </button>
      {/* A modal: nothing in the page moves while it loads, and it opens over the page once it has. */}
      {open && (
        <Suspense fallback={null}>
          <LessonLinkDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

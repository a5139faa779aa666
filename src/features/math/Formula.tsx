import { useEffect, useRef, useState } from 'react';

type Temml = typeof import('./temmlLoader').default;

let loading: Promise<Temml> | null = null;
/** The typesetter, loaded once for every formula on the page. */
function loadTemml(): Promise<Temml> {
  loading ??= import('./temmlLoader').then((module) => module.default);
  return loading;
}

/**
 * A formula typeset as MathML by Temml, which screen readers read as mathematics. Until the typesetter has loaded
 * (or if it cannot load), the plain-text form is shown.
 */
export function Formula({ tex, text }: { tex: string; text: string }) {
  const [temml, setTemml] = useState<Temml | null>(null);
  const [failed, setFailed] = useState(false);
  const target = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    let live = true;
    loadTemml().then(
      (loaded) => live && setTemml(() => loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!temml || !target.current) return;
    try {
      temml.render(tex, target.current, { throwOnError: true });
    } catch {
      // A formula Temml cannot read (none of ours): show its plain text in its place.
      target.current.textContent = text;
    }
  }, [temml, tex, text]);

  if (!temml || failed) return <span className="ledger-formula ledger-formula-text">{text}</span>;
  // React renders nothing inside this span; Temml fills it.
  return <span ref={target} className="ledger-formula" />;
}

import { useState } from 'react';

/** Copies an absolute URL and confirms it; the URL is computed on click, never during render. */
export function CopyLinkButton({ label, url }: { label: string; url: () => string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url());
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <span className="copy-link">
      <button type="button" className="icon-button" onClick={copy} aria-label={label} title={label}>
        ¶
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Could not copy' : ''}
      </span>
    </span>
  );
}

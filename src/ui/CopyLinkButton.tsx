import { useAnnounce } from './Announcer';

/** Copies an absolute URL and says so; the URL is computed on click, never during render. */
export function CopyLinkButton({ label, url }: { label: string; url: () => string }) {
  const announce = useAnnounce();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url());
      announce('Link copied');
    } catch {
      announce('Could not copy the link');
    }
  };
  return (
    <button type="button" className="icon-button" onClick={copy} aria-label={label} title={label}>
      ¶
    </button>
  );
}

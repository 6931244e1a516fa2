import { type ReactNode, createContext, useContext, useEffect, useRef, useState } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => {});

/**
 * One live region for the whole app: short confirmations ("Link copied") are shown
 * and read out there. A region per button would put a thousand of them in a long
 * article, and a region that appears together with its text is often not announced.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const announce = useRef((text: string) => {
    clearTimeout(timer.current);
    setMessage(text);
    timer.current = setTimeout(() => setMessage(''), 2500);
  }).current;
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <p className="toast" role="status">
        {message}
      </p>
    </AnnounceContext.Provider>
  );
}

/** Says a short message in the app's live region. */
export const useAnnounce = () => useContext(AnnounceContext);

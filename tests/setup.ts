import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Two cores, and the 5 MB analysis may run in the other worker: give findBy* room.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());

// Problems are collected, not thrown: each stage records what it found, and the
// caller (the CLI, the Vite plugin) decides what is fatal and how to show it.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  /** 1-based line in the source file, when the problem has one. */
  line?: number;
  stage: string;
  severity: Severity;
  message: string;
  /** How to fix it, in a few words. */
  hint?: string;
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];
  constructor(readonly file: string) {}

  error(stage: string, message: string, opts: { line?: number; hint?: string } = {}): void {
    this.items.push({ file: this.file, stage, severity: 'error', message, ...opts });
  }

  warn(stage: string, message: string, opts: { line?: number; hint?: string } = {}): void {
    this.items.push({ file: this.file, stage, severity: 'warning', message, ...opts });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** One line: `file:line: message (hint)`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}` : d.file;
  return `${where}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
}

export class AnalysisError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic).join('\n'));
    this.name = 'AnalysisError';
  }
}

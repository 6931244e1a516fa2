// Lines that news sites append to articles and that are not part of the story.
// Matched against a whole trailing line, case-insensitively.
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^comments are (?:closed|disabled|turned off)\.?$/i,
  /^(?:leave|post|add) a comment\.?$/i,
  /^\d+ comments?\.?$/i,
  /^(?:share|share this|share this article|share on \w+|tweet|email|print)(?:\s*[|·•]\s*\w+)*\.?$/i,
  /^(?:advertisement|sponsored content|related articles?|related stories|read more|more on this story|you may also like)\.?:?$/i,
  /^(?:subscribe|sign up)(?: to| for)? (?:our )?(?:newsletter|updates).*$/i,
  /^follow us on .*$/i,
  /^(?:all rights reserved|copyright|©).{0,80}$/i,
  /^(?:click|tap) here to .*$/i,
  /^you can share this story on social media:?$/i,
];

export const isBoilerplate = (line: string): boolean => BOILERPLATE_LINES.some((re) => re.test(line));

/** One problem a schema found, as zod reports it. */
export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
}

/** Turns schema issues into lines that name the file, the field and what is wrong. */
export function describeIssues(file: string, issues: readonly SchemaIssue[], part = 'frontmatter'): string {
  const lines = issues.map((issue) => {
    const field = issue.path.map(String).join('.') || `(${part})`;
    return `  ${field}: ${issue.message}`;
  });
  return `${file} has invalid ${part}:\n${lines.join('\n')}`;
}

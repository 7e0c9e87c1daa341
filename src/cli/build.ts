/**
 * `npm run build`: builds the site with Astro. A content error (a malformed entry) is printed
 * as the message that names the file and the field, without Astro's stack trace.
 */
import { relative } from 'node:path';
import { build } from 'astro';

try {
  await build({});
} catch (error) {
  const { message, loc } = error as Error & { loc?: { file?: string } };
  // Astro marks field names up as markdown bold; a terminal shows the asterisks.
  const plain = message.replaceAll('****: ', '').replaceAll('**', '');
  console.error(`\nBuild failed${loc?.file ? ` on ${relative(process.cwd(), loc.file)}` : ''}:\n${plain}`);
  process.exitCode = 1;
}

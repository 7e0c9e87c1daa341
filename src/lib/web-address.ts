/** The host of a web address without its "www.", or null when it is not an address. */
export function hostOf(address: string): string | null {
  try {
    return new URL(address).hostname.replace(/^www\./i, '');
  } catch {
    return null;
  }
}

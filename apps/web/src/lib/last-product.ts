const KEY = 'backlog-studio:last-product';

export function rememberProduct(id: string): void {
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // Private mode or storage disabled: nothing to remember.
  }
}

export function lastProduct(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

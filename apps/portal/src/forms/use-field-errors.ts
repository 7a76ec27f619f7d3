import type { ErrorSummary } from '@digdir/designsystemet-react';
import { useCallback, useRef, useState, type ComponentRef } from 'react';
import type { FieldErrors } from './rule-messages';

/**
 * A form's field messages (by field path) and its error summary: shown messages move the
 * focus to the summary, so keyboard and screen-reader users learn what to fix; editing a field
 * clears its message, which must not stay next to the new value.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const summaryRef = useRef<ComponentRef<typeof ErrorSummary>>(null);

  const clear = useCallback(
    (paths: string[]) =>
      setErrors((current) => {
        if (!paths.some((path) => path in current)) return current;
        const next = { ...current };
        for (const path of paths) delete next[path];
        return next;
      }),
    [],
  );
  const show = useCallback((next: FieldErrors) => {
    setErrors(next);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }, []);
  const reset = useCallback(() => setErrors({}), []);

  return { errors, clear, show, reset, summaryRef };
}

import { DiscardPolicy, RetentionPolicy, StorageType, nanos, type JetStreamManager, type StreamInfo } from 'nats';

export interface StreamDeclaration {
  name: string;
  subjects: string[];
  /** How long JetStream remembers a Nats-Msg-Id to drop a re-published event. */
  duplicateWindowMs: number;
  /** How long events stay in the stream (new consumers can replay this far back). */
  maxAgeMs: number;
}

const STREAM_NOT_FOUND = 10059;

export function isApiError(error: unknown, errCode: number): boolean {
  const apiError = (error as { api_error?: { err_code?: number } } | null)?.api_error;
  return apiError?.err_code === errCode;
}

/**
 * Creates the stream or adds missing subjects. Subjects are only ever added: during a
 * rolling deploy an older replica must not remove a subject a newer one publishes.
 */
export async function ensureStream(jsm: JetStreamManager, declared: StreamDeclaration): Promise<StreamInfo> {
  for (let attempt = 1; ; attempt++) {
    try {
      const existing = await jsm.streams.info(declared.name).catch((error: unknown) => {
        if (isApiError(error, STREAM_NOT_FOUND)) return undefined;
        throw error;
      });
      if (!existing) {
        return await jsm.streams.add({
          name: declared.name,
          subjects: declared.subjects,
          storage: StorageType.File,
          retention: RetentionPolicy.Limits,
          discard: DiscardPolicy.Old,
          max_age: nanos(declared.maxAgeMs),
          duplicate_window: nanos(declared.duplicateWindowMs),
          num_replicas: 1,
        });
      }
      const missing = declared.subjects.filter((s) => !existing.config.subjects.includes(s));
      const windowChanged = existing.config.duplicate_window !== nanos(declared.duplicateWindowMs);
      if (!missing.length && !windowChanged) return existing;
      return await jsm.streams.update(declared.name, {
        ...existing.config,
        subjects: [...existing.config.subjects, ...missing],
        duplicate_window: nanos(declared.duplicateWindowMs),
      });
    } catch (error) {
      // Another replica may have created it in between: look again.
      if (attempt >= 3) throw error;
    }
  }
}

import { CreateMessagingTables1795464000000 } from './1795464000000-create-messaging-tables';
import { OutboxClaimAgeIndex1796190000000 } from './1796190000000-outbox-claim-age-index';

export { CreateMessagingTables1795464000000, OutboxClaimAgeIndex1796190000000 };

/** Add to a service's `migrations` list: `[...messagingMigrations, ...own]`. */
export const messagingMigrations = [CreateMessagingTables1795464000000, OutboxClaimAgeIndex1796190000000];

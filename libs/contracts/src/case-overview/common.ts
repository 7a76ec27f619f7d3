/** The platform's ids and calendar dates (Europe/Oslo, `YYYY-MM-DD`). */
export { entityId, isoDate } from '../common/ids';

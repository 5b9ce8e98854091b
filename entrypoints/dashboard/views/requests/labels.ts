// Message keys for the requests views (message names: letters, digits and "_"; ids use "-").
import type { RequestStatus } from '@/lib/db';
import type { RequestType } from '@/lib/requests/laws';
import type { MessageKey } from '@/lib/ui/i18n';
import type { MissingField } from '@/lib/requests/letter';
import type { Channel } from '@/lib/requests/recipient';

const key = (prefix: string, id: string) => `${prefix}_${id.replace(/-/g, '_')}` as MessageKey;

export const typeKey = (type: RequestType | string) => key('rq_type', type);
export const statusKey = (status: RequestStatus) => key('rq_status', status);
export const channelKey = (channel: Channel | string) => key('rq_channel', channel);
export const missingKey = (field: MissingField) => key('rq_missing', field);
export const lawKey = (law: string) => key('rq_law', law);

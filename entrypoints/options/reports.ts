// The reports view's ReportsApi: the event log read straight from the extension's IndexedDB.
import type { ReportsApi } from '@/components/reports/api';
import { getDb } from '@/lib/storage/db';
import { listEvents } from '@/lib/storage/events';

export const reportsApi: ReportsApi = {
  async events(since) {
    return listEvents(await getDb(), since);
  },
};

// The reports view's ReportsApi: the event log read straight from the extension's IndexedDB.
import type { ReportsApi } from '@/components/reports/api';
import { getDb } from '@/lib/storage/db';
import { listEvents } from '@/lib/storage/events';
import { getSetting } from '@/lib/storage/settings';

export const reportsApi: ReportsApi = {
  async events(since) {
    return listEvents(await getDb(), since);
  },
  async orgEndpoint() {
    const managed = await getSetting(await getDb(), 'managed');
    return managed.status === 'loaded' ? managed.config?.reportEndpoint : undefined;
  },
};

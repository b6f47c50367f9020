// Tells every extension context (the background, options pages, popups) that stored data
// changed. BroadcastChannel reaches other contexts of the extension's origin; local listeners
// are called directly because a channel does not deliver to its own sender.
const CHANNEL = 'guardrail-data';

export interface DataChange {
  revision: number;
}

type Listener = (change: DataChange) => void;
const local = new Set<Listener>();
let channel: BroadcastChannel | undefined;

function getChannel(): BroadcastChannel | undefined {
  if (!channel && typeof BroadcastChannel !== 'undefined') channel = new BroadcastChannel(CHANNEL);
  return channel;
}

export function announceChange(change: DataChange): void {
  for (const l of local) l(change);
  getChannel()?.postMessage(change);
}

/** Calls `listener` after every committed change, from this context or another. Returns an unsubscribe. */
export function onDataChange(listener: Listener): () => void {
  local.add(listener);
  const ch = getChannel();
  const onMessage = (e: MessageEvent<DataChange>) => listener(e.data);
  ch?.addEventListener('message', onMessage);
  return () => {
    local.delete(listener);
    ch?.removeEventListener('message', onMessage);
  };
}

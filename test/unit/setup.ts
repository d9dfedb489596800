// IndexedDB for store tests (fake-indexeddb); each test file gets a fresh in-memory database set.
import 'fake-indexeddb/auto';

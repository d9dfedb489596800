// IndexedDB for store tests (fake-indexeddb); each test file gets a fresh in-memory database set.
import 'fake-indexeddb/auto';
// Every language's words, as the app has them once loaded (the screens load theirs first: main.tsx).
import '../../src/i18n/dictionaries';

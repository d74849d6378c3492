/**
 * A chat JSONL file of varied text, for the tokenizer comparison: English prose, German, Japanese,
 * Chinese, Russian, Arabic and Hindi sentences, code in three languages, JSON, Markdown lists, URLs,
 * numbers and emoji, mixed per message from a seeded generator (every run measures the same data).
 */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { makeWords } from './generate.ts';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Die Lieferung kommt voraussichtlich am Donnerstag zwischen 9 und 12 Uhr an.',
  'ご注文の商品は木曜日の午前中にお届けする予定です。',
  '您的订单预计将于周四上午送达，请保持电话畅通。',
  'Ваш заказ будет доставлен в четверг до полудня.',
  'سيتم تسليم طلبك يوم الخميس قبل الظهر.',
  'आपका ऑर्डर गुरुवार को दोपहर से पहले पहुंच जाएगा।',
  'Le remboursement apparaîtra sur votre relevé sous 5 à 7 jours ouvrés.',
  '¿Podría confirmar la dirección de envío antes del viernes?',
  'Ürününüz kargoya verildi; takip numarası 1Z999AA10123456784.',
  'See https://learn.contoso.com/docs/orders?id=4471#tracking for details 📦✅.',
];

const CODE = [
  '```python\ndef retry(fn, attempts=3):\n    for i in range(attempts):\n        try:\n            return fn()\n        except TimeoutError as e:\n            print(f"attempt {i}: {e}")\n    raise RuntimeError("gave up")\n```',
  '```ts\nexport async function fetchJson<T>(url: string): Promise<T> {\n  const res = await fetch(url, { headers: { Accept: "application/json" } });\n  if (!res.ok) throw new Error(`HTTP ${res.status}`);\n  return (await res.json()) as T;\n}\n```',
  "```sql\nSELECT o.id, SUM(l.qty * l.price) AS total\nFROM orders o JOIN lines l ON l.order_id = o.id\nWHERE o.created_at >= DATE '2024-01-01'\nGROUP BY o.id HAVING total > 100;\n```",
  '```json\n{"order": 4471, "items": [{"sku": "A-12", "qty": 2}, {"sku": "B-7", "qty": 1}], "express": true}\n```',
];

function prose(random: () => number, words: string[], n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = random();
    if (r < 0.25) out.push(SENTENCES[Math.floor(random() * SENTENCES.length)]!);
    else if (r < 0.32) out.push(CODE[Math.floor(random() * CODE.length)]!);
    else if (r < 0.4)
      out.push(
        `- ${words[Math.floor(random() * words.length)]}: ${Math.floor(random() * 1e6)} units (${(random() * 100).toFixed(2)}%)`,
      );
    else {
      const len = 6 + Math.floor(random() * 18);
      const s: string[] = [];
      for (let j = 0; j < len; j++) s.push(words[Math.floor(random() * words.length)]!);
      out.push(`${s.join(' ')}.`);
    }
  }
  return out.join(random() < 0.5 ? ' ' : '\n');
}

export function variedLine(random: () => number, words: string[]): string {
  const messages = [
    { role: 'system', content: "You are the Contoso support assistant. Answer in the customer's language." },
  ];
  const turns = 1 + Math.floor(random() * 2);
  for (let t = 0; t < turns; t++) {
    messages.push({ role: 'user', content: prose(random, words, 1 + Math.floor(random() * 3)) });
    messages.push({ role: 'assistant', content: prose(random, words, 2 + Math.floor(random() * 8)) });
  }
  return JSON.stringify({ messages });
}

/** Writes the file unless it already exists with at least `bytes` bytes. */
export async function generateVariedJsonl(file: string, bytes: number, seed = 11): Promise<void> {
  if (existsSync(file) && statSync(file).size >= bytes) return;
  const random = mulberry32(seed);
  // Real words, not only syllables: the vocabulary of a support dataset.
  const words = [
    ...makeWords(random, 2000),
    'order',
    'refund',
    'invoice',
    'shipping',
    'warranty',
    'password',
    'account',
  ];
  const out = createWriteStream(file);
  let written = 0;
  while (written < bytes) {
    let chunk = '';
    while (chunk.length < 1 << 20) chunk += `${variedLine(random, words)}\n`;
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

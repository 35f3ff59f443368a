// A small zip writer and reader on node:zlib, so that `npm run build:wordpress` needs no system
// `zip` and no dependency. Only what the WordPress plugin's archive needs: files (folders are
// implied by the paths), deflated, no encryption, no ZIP64 (fewer than 65,535 entries and 4 GiB),
// names in UTF-8. The format is PKWARE's APPNOTE.TXT (sections 4.3.7 local file header, 4.3.12
// central directory header, 4.3.16 end of central directory record).
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
// General purpose flag bit 11: the name is UTF-8.
const UTF8 = 1 << 11;
const DEFLATE = 8;
const STORE = 0;
// 2.0: the version that reads deflate.
const VERSION = 20;
// Made by: 3 = Unix, so that the external attributes below carry the mode (rw-r--r--, a regular file).
const MADE_BY = (3 << 8) | VERSION;
const FILE_MODE = 0o100644 << 16;

/** A date as MS-DOS writes it (two 16-bit words; two-second precision, from 1980). */
function dosDateTime(date) {
  const year = Math.max(date.getUTCFullYear(), 1980);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * The bytes of a zip holding `files` ([{ name, data }], `data` a Buffer or a string), in that
 * order, every file dated `date`: the same files give the same bytes, whoever builds.
 */
export function writeZip(files, date = new Date(Date.UTC(2026, 0, 1))) {
  const { time, day } = dosDateTime(date);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data: content } of files) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    // Stored when deflating does not help (tiny files).
    const method = deflated.length < data.length ? DEFLATE : STORE;
    const body = method === DEFLATE ? deflated : data;
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    locals.push(local, nameBytes, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(MADE_BY, 4);
    central.writeUInt16LE(VERSION, 6);
    central.writeUInt16LE(UTF8, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    // Extra field, comment, disk number, internal attributes: none, 0.
    central.writeUInt32LE(FILE_MODE >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);

    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(files.length, 8); // entries on this disk
  end.writeUInt16LE(files.length, 10); // entries in all
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  if (files.length > 0xffff || offset > 0xffffffff) throw new RangeError('writeZip: too large for a zip without ZIP64');
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The files of a zip (as writeZip writes them, and any other without ZIP64 or encryption), read
 * from its central directory: [{ name, data }]. Each file's CRC-32 is checked.
 */
export function readZip(zip) {
  // The end record is the last 22 bytes unless the archive has a comment: search back for it.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END) end--;
  if (end < 0) throw new Error('readZip: no end of central directory record');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = [];
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`readZip: entry ${index}: no central directory header`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (zip.readUInt32LE(localAt) !== LOCAL) throw new Error(`readZip: ${name}: no local header`);
    const start = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    const body = zip.subarray(start, start + compressed);
    const data = method === DEFLATE ? inflateRawSync(body) : method === STORE ? Buffer.from(body) : null;
    if (!data) throw new Error(`readZip: ${name}: compression method ${method}`);
    if (crc32(data) !== crc) throw new Error(`readZip: ${name}: CRC-32 does not match`);
    files.push({ name, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

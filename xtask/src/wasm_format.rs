//! The little of the wasm binary format that xtask edits: sections, LEB128 numbers and names.

pub const IMPORT_SECTION: u8 = 2;
pub const EXPORT_SECTION: u8 = 7;
pub const ELEMENT_SECTION: u8 = 9;
pub const CUSTOM_SECTION: u8 = 0;

/// `wasm` with the body of its section `id` replaced by what `rewrite` makes of it; the other sections are copied.
pub fn rewrite_section(
    wasm: &[u8],
    id: u8,
    mut rewrite: impl FnMut(&[u8]) -> Result<Vec<u8>, String>,
) -> Result<Vec<u8>, String> {
    const HEADER: [u8; 8] = [0, b'a', b's', b'm', 1, 0, 0, 0];
    if wasm.get(..8) != Some(&HEADER[..]) {
        return Err("not a wasm module (version 1)".to_string());
    }
    let mut reader = Reader { bytes: wasm, at: 8 };
    let mut out = HEADER.to_vec();
    while !reader.at_end() {
        let section = reader.byte()?;
        let size = reader.leb()?;
        let body = reader.take(size)?;
        let body = if section == id { rewrite(body)? } else { body.to_vec() };
        out.push(section);
        write_leb(&mut out, body.len());
        out.extend(body);
    }
    Ok(out)
}

pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    /// Where the reader is, for [`Reader::since`].
    pub fn position(&self) -> usize {
        self.at
    }

    /// The bytes read since `position`.
    pub fn since(&self, position: usize) -> &'a [u8] {
        &self.bytes[position..self.at]
    }

    pub fn at_end(&self) -> bool {
        self.at >= self.bytes.len()
    }

    pub fn byte(&mut self) -> Result<u8, String> {
        let byte = *self.bytes.get(self.at).ok_or("the wasm ends early")?;
        self.at += 1;
        Ok(byte)
    }

    pub fn take(&mut self, length: usize) -> Result<&'a [u8], String> {
        let taken = self.bytes.get(self.at..self.at + length).ok_or("the wasm ends early")?;
        self.at += length;
        Ok(taken)
    }

    /// An unsigned LEB128 number.
    pub fn leb(&mut self) -> Result<usize, String> {
        let (mut value, mut shift) = (0usize, 0);
        loop {
            let byte = self.byte()?;
            value |= usize::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
            shift += 7;
            if shift > 63 {
                return Err("a number in the wasm is too long".to_string());
            }
        }
    }

    pub fn name(&mut self) -> Result<&'a str, String> {
        let length = self.leb()?;
        std::str::from_utf8(self.take(length)?).map_err(|_| "a name in the wasm is not UTF-8".to_string())
    }

    /// A constant expression up to its `end`, of the instructions an element segment's offset or item uses.
    pub fn constant_expression(&mut self) -> Result<&'a [u8], String> {
        let start = self.at;
        loop {
            match self.byte()? {
                0x0b => return Ok(&self.bytes[start..self.at]),
                // i32.const and i64.const (signed numbers skip alike), global.get, ref.func
                0x41 | 0x42 | 0x23 | 0xd2 => {
                    self.leb()?;
                }
                // ref.null and its type
                0xd0 => {
                    self.byte()?;
                }
                opcode => return Err(format!("a constant expression with opcode {opcode:#x}")),
            }
        }
    }

    /// The bytes that say what an import is: a function's type, a table, a memory, a global or a tag.
    pub fn import_descriptor(&mut self) -> Result<&'a [u8], String> {
        let start = self.at;
        match self.byte()? {
            0 => {
                self.leb()?;
            }
            1 => {
                self.byte()?;
                self.limits()?;
            }
            2 => self.limits()?,
            3 => {
                self.take(2)?;
            }
            4 => {
                self.byte()?;
                self.leb()?;
            }
            kind => return Err(format!("an import of unknown kind {kind}")),
        }
        Ok(&self.bytes[start..self.at])
    }

    fn limits(&mut self) -> Result<(), String> {
        let has_maximum = self.byte()? & 1 == 1;
        self.leb()?;
        if has_maximum {
            self.leb()?;
        }
        Ok(())
    }
}

pub fn write_leb(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

pub fn write_name(out: &mut Vec<u8>, name: &str) {
    write_leb(out, name.len());
    out.extend_from_slice(name.as_bytes());
}

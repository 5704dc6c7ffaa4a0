//! Tiny .docx and .pdf files made in the tests, so no binary fixture is committed.

#![allow(dead_code)]

use std::io::Write as _;

/// A minimal .docx: `[Content_Types].xml`, `word/document.xml` and
/// `docProps/core.xml`, deflated.
pub fn docx(paragraphs: &[&str], title: Option<&str>) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>"))
        .collect();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}<w:sectPr/></w:body></w:document>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("[Content_Types].xml", opts).expect("entry");
    zip.write_all(b"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        .expect("write");
    zip.start_file("word/document.xml", opts).expect("entry");
    zip.write_all(document.as_bytes()).expect("write");
    if let Some(t) = title {
        zip.start_file("docProps/core.xml", opts).expect("entry");
        let core = format!(
            "<cp:coreProperties xmlns:cp=\"x\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{t}</dc:title><dc:creator>Ana Pérez</dc:creator></cp:coreProperties>"
        );
        zip.write_all(core.as_bytes()).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

/// A minimal PDF with one page per entry of `pages`, each line shown with
/// Helvetica (WinAnsi); an empty page has no text at all, like a scan.
pub fn pdf(pages: &[&[&str]]) -> Vec<u8> {
    let streams: Vec<String> = pages
        .iter()
        .map(|lines| {
            if lines.is_empty() {
                return "0 0 612 792 re f\n".to_owned();
            }
            // One text object a line, as many producers write them.
            let mut content = String::new();
            for (k, line) in lines.iter().enumerate() {
                let y = 720 - 14 * k;
                content.push_str(&format!("BT /F1 12 Tf 72 {y} Td ({line}) Tj ET\n"));
            }
            content
        })
        .collect();
    pdf_streams(&streams)
}

/// A minimal PDF with one page per content stream, font `/F1` Helvetica (WinAnsi).
pub fn pdf_streams(streams: &[String]) -> Vec<u8> {
    let mut objects: Vec<String> = Vec::new();
    let n = streams.len();
    // 1 catalog, 2 pages, 3 font, then page/content pairs.
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    objects.push("<< /Type /Catalog /Pages 2 0 R >>".into());
    objects.push(format!(
        "<< /Type /Pages /Kids [{}] /Count {n} >>",
        kids.join(" ")
    ));
    objects.push(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".into(),
    );
    for (i, content) in streams.iter().enumerate() {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * i
        ));
        objects.push(format!(
            "<< /Length {} >>\nstream\n{content}endstream",
            content.len()
        ));
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

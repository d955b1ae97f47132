// The only file that talks to Cairo. Goals, in order:
// 1. One drawing code for PNG, SVG and PDF: the figure draws into a `Backend` in points (y up);
//    here, and only here, points become device units and y is flipped.
// 2. Deterministic bytes: no dates (the PDF creation date is fixed), no hinting that depends on
//    resolution, text measured on a separate fixed surface so layout is identical for all outputs.
// 3. Cairo status codes become `PlotError.cairo` with Cairo's own message.
import CCairo
import Foundation

/// Draws into a Cairo context; figure points (origin bottom-left) map to device units
/// (origin top-left) by `device = (x, height - y) * scale`.
final class CairoBackend: Backend {
    private let cr: OpaquePointer
    private let figureHeight: Double
    private let scale: Double
    private let isVector: Bool
    private let measurer: CairoTextMeasurer

    init(context: OpaquePointer, figureHeight: Double, scale: Double, isVector: Bool,
         measurer: CairoTextMeasurer) {
        cr = context
        self.figureHeight = figureHeight
        self.scale = scale
        self.isVector = isVector
        self.measurer = measurer
        CairoTextMeasurer.configureFont(cr, isVector: isVector)
    }

    private func device(_ p: Point) -> (Double, Double) { (p.x * scale, (figureHeight - p.y) * scale) }

    private func setColor(_ c: Color) { cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha) }

    private func trace(_ path: Path) {
        cairo_new_path(cr)
        for element in path.elements {
            switch element {
            case let .move(p):
                let (x, y) = device(p)
                cairo_move_to(cr, x, y)
            case let .line(p):
                let (x, y) = device(p)
                cairo_line_to(cr, x, y)
            case let .circle(center, radius):
                let (x, y) = device(center)
                cairo_new_sub_path(cr)
                cairo_arc(cr, x, y, radius * scale, 0, 2 * .pi)
                cairo_close_path(cr)
            case .close:
                cairo_close_path(cr)
            }
        }
    }

    func fill(_ path: Path, color: Color) {
        trace(path)
        setColor(color)
        cairo_fill(cr)
    }

    func stroke(_ path: Path, style: StrokeStyle) {
        trace(path)
        setColor(style.color)
        cairo_set_line_width(cr, style.width * scale)
        cairo_set_line_cap(cr, style.round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        cairo_set_line_join(cr, style.round ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER)
        let dashes = style.dashes.map { $0 * scale }
        dashes.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        cairo_stroke(cr)
    }

    func text(_ string: String, at anchor: Point, font: Font, color: Color,
              alignment: (HorizontalAlignment, VerticalAlignment), rotation: Double) {
        guard !string.isEmpty else { return }
        let m = measure(string, font: font)
        let (x, y) = device(anchor)
        cairo_save(cr)
        CairoTextMeasurer.selectFont(cr, font, size: font.size * scale)
        cairo_translate(cr, x, y)
        cairo_rotate(cr, -rotation * .pi / 180)
        cairo_move_to(cr, -m.width * alignment.0.fraction * scale, -m.baselineOffset(alignment.1) * scale)
        setColor(color)
        cairo_show_text(cr, string)
        cairo_restore(cr)
    }

    func image(_ image: RGBAImage, in rect: Rect, smooth: Bool) {
        guard image.width > 0, image.height > 0, rect.width > 0, rect.height > 0 else { return }
        // Vector viewers smooth embedded images; enlarge by whole pixels (to 4 per point, at most
        // 4 megapixels) so the smoothing blurs at most a quarter point at cell edges.
        let wanted = Int((rect.width * 4 / Double(image.width)).rounded(.up))
        let budget = Int((4_000_000 / Double(image.width * image.height)).squareRoot())
        let factor = isVector && !smooth ? max(1, min(wanted, budget)) : 1
        guard let surface = CairoTextMeasurer.makeSurface(image, factor: factor) else { return }
        defer { cairo_surface_destroy(surface) }
        let (x, y) = device(Point(rect.x, rect.maxY))
        cairo_save(cr)
        cairo_translate(cr, x, y)
        cairo_scale(cr, rect.width * scale / Double(image.width * factor),
                    rect.height * scale / Double(image.height * factor))
        cairo_set_source_surface(cr, surface, 0, 0)
        let pattern = cairo_get_source(cr)
        cairo_pattern_set_filter(pattern, smooth ? CAIRO_FILTER_GOOD : CAIRO_FILTER_NEAREST)
        cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
        cairo_rectangle(cr, 0, 0, Double(image.width * factor), Double(image.height * factor))
        cairo_fill(cr)
        cairo_restore(cr)
    }

    func measure(_ string: String, font: Font) -> TextMetrics { measurer.measure(string, font: font) }

    func pushClip(_ rect: Rect) {
        cairo_save(cr)
        let (x, y) = device(Point(rect.x, rect.maxY))
        cairo_rectangle(cr, x, y, rect.width * scale, rect.height * scale)
        cairo_clip(cr)
    }

    func popClip() { cairo_restore(cr) }

    /// The context's error, if any, as a Swift error.
    func check() throws {
        let status = cairo_status(cr)
        if status != CAIRO_STATUS_SUCCESS { throw PlotError.cairo(String(cString: cairo_status_to_string(status))) }
    }
}

/// Measures text with Cairo on a private 1×1 surface in points, with metric hinting off, so the
/// numbers are the same whatever the output resolution. Results are cached per string and font.
final class CairoTextMeasurer {
    private let surface: OpaquePointer
    private let cr: OpaquePointer
    private var cache: [String: TextMetrics] = [:]

    init() {
        surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)
        cr = cairo_create(surface)
        CairoTextMeasurer.configureFont(cr, isVector: false)
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    func measure(_ string: String, font: Font) -> TextMetrics {
        let key = "\(font.size)|\(font.bold)|\(string)"
        if let known = cache[key] { return known }
        CairoTextMeasurer.selectFont(cr, font, size: font.size)
        var fe = cairo_font_extents_t()
        cairo_font_extents(cr, &fe)
        var te = cairo_text_extents_t()
        if !string.isEmpty { cairo_text_extents(cr, string, &te) }
        let metrics = TextMetrics(width: te.x_advance, ascent: fe.ascent, descent: fe.descent)
        cache[key] = metrics
        return metrics
    }

    /// Anti-aliased text without hinting, so glyph positions scale exactly with the resolution.
    static func configureFont(_ cr: OpaquePointer, isVector: Bool) {
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_set_font_options(cr, options)
        cairo_font_options_destroy(options)
        cairo_set_antialias(cr, CAIRO_ANTIALIAS_DEFAULT)
    }

    static func selectFont(_ cr: OpaquePointer, _ font: Font, size: Double) {
        cairo_select_font_face(cr, Font.family, CAIRO_FONT_SLANT_NORMAL,
                               font.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, size)
    }

    /// A premultiplied ARGB32 surface holding `image`, each pixel repeated `factor` times per side.
    static func makeSurface(_ image: RGBAImage, factor: Int) -> OpaquePointer? {
        let w = image.width * factor, h = image.height * factor
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
              let data = cairo_image_surface_get_data(surface) else { return nil }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        image.pixels.withUnsafeBufferPointer { src in
            for row in 0..<h {
                let line = (data + row * stride).withMemoryRebound(to: UInt32.self, capacity: w) { $0 }
                let sourceRow = row / factor
                for column in 0..<w {
                    let i = (sourceRow * image.width + column / factor) * 4
                    let a = UInt32(src[i + 3])
                    let r = (UInt32(src[i]) * a + 127) / 255
                    let g = (UInt32(src[i + 1]) * a + 127) / 255
                    let b = (UInt32(src[i + 2]) * a + 127) / 255
                    line[column] = (a << 24) | (r << 16) | (g << 8) | b
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }
}

/// Collects the bytes Cairo streams out.
private final class ByteSink {
    var bytes: [UInt8] = []
}

private let writeToSink: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<UInt8>?, UInt32) -> cairo_status_t = {
    closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}

/// Creates Cairo surfaces for each output format and runs the figure's drawing code on them.
enum CairoRenderer {
    /// The fixed creation date written into PDFs, so equal figures give equal bytes.
    static let pdfDate = "2000-01-01T00:00:00Z"

    /// Renders `draw` at `width` × `height` points into `format`; `dpi` only matters for PNG.
    static func encode(_ format: OutputFormat, width: Double, height: Double, dpi: Double,
                       draw: (Backend) -> Void) throws -> Data {
        let sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let measurer = CairoTextMeasurer()
        switch format {
        case .png:
            let raster = try makeRaster(width: width, height: height, dpi: dpi, measurer: measurer, draw: draw)
            defer { cairo_surface_destroy(raster) }
            let status = cairo_surface_write_to_png_stream(raster, writeToSink, closure)
            guard status == CAIRO_STATUS_SUCCESS else { throw PlotError.cairo(String(cString: cairo_status_to_string(status))) }
        case .svg, .pdf:
            let surface: OpaquePointer
            if format == .svg {
                surface = cairo_svg_surface_create_for_stream(writeToSink, closure, width, height)
                cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
            } else {
                surface = cairo_pdf_surface_create_for_stream(writeToSink, closure, width, height)
                cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, pdfDate)
                cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Retort")
            }
            try run(surface: surface, height: height, scale: 1, isVector: true, measurer: measurer, draw: draw)
            cairo_surface_finish(surface)
            let status = cairo_surface_status(surface)
            cairo_surface_destroy(surface)
            guard status == CAIRO_STATUS_SUCCESS else { throw PlotError.cairo(String(cString: cairo_status_to_string(status))) }
        }
        let bytes = Data(sink.bytes)
        return format == .svg ? SVGIdentifiers.normalize(bytes) : bytes
    }

    /// Renders `draw` into pixels (`dpi / 72` pixels per point) and returns them, straight alpha.
    static func raster(width: Double, height: Double, dpi: Double, draw: (Backend) -> Void) throws -> RGBAImage {
        let surface = try makeRaster(width: width, height: height, dpi: dpi, measurer: CairoTextMeasurer(), draw: draw)
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { throw PlotError.cairo("no pixel data") }
        var pixels = [UInt8](repeating: 0, count: w * h * 4)
        for row in 0..<h {
            let line = (data + row * stride).withMemoryRebound(to: UInt32.self, capacity: w) { $0 }
            for column in 0..<w {
                let v = line[column], a = (v >> 24) & 0xFF
                let i = (row * w + column) * 4
                func channel(_ shift: UInt32) -> UInt8 {
                    a == 0 ? 0 : UInt8(min(255, (((v >> shift) & 0xFF) * 255 + a / 2) / a))
                }
                pixels[i] = channel(16)
                pixels[i + 1] = channel(8)
                pixels[i + 2] = channel(0)
                pixels[i + 3] = UInt8(a)
            }
        }
        return RGBAImage(width: w, height: h, pixels: pixels)
    }

    /// Cairo's largest image side, in pixels.
    static let maximumPixels = 32_767.0

    private static func makeRaster(width: Double, height: Double, dpi: Double, measurer: CairoTextMeasurer,
                                   draw: (Backend) -> Void) throws -> OpaquePointer {
        let scale = dpi / 72
        guard scale > 0, max(width, height) * scale <= maximumPixels else {
            throw PlotError.invalidArgument("a \(width)×\(height)-point figure at \(dpi) dpi cannot be rasterised; "
                + "pass a dpi between 1 and \(Int(maximumPixels * 72 / max(width, height)))")
        }
        let w = Int32(max(1, (width * scale).rounded())), h = Int32(max(1, (height * scale).rounded()))
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h)!
        do {
            try run(surface: surface, height: height, scale: scale, isVector: false, measurer: measurer, draw: draw)
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        return surface
    }

    private static func run(surface: OpaquePointer, height: Double, scale: Double, isVector: Bool,
                            measurer: CairoTextMeasurer, draw: (Backend) -> Void) throws {
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw PlotError.cairo(String(cString: cairo_status_to_string(status))) }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        let backend = CairoBackend(context: cr, figureHeight: height, scale: scale, isVector: isVector, measurer: measurer)
        draw(backend)
        try backend.check()
    }
}

/// Backward rule of the matrix product C = op(A) op(B), written with products and transposition
/// flags only (no transposed copies), each gradient summed back over a broadcast batch:
///
/// | C          | dA               | dB               |
/// |------------|------------------|------------------|
/// | A B        | g Bᵀ             | Aᵀ g             |
/// | A Bᵀ       | g B              | gᵀ A             |
/// | Aᵀ B       | B gᵀ             | A g              |
/// | Aᵀ Bᵀ      | Bᵀ gᵀ            | gᵀ Aᵀ            |
extension Derivatives {
    static func matmul(_ a: Tensor, _ b: Tensor, _ transA: Bool, _ transB: Bool) -> BackwardRule {
        { g, needed in
            let mm = { (x: Tensor, y: Tensor, tx: Bool, ty: Bool) in
                try Tensor.matmul(x, y, transposingA: tx, transposingB: ty)
            }
            var da: Tensor?
            var db: Tensor?
            switch (transA, transB) {
            case (false, false):
                if needed[0] { da = try mm(g, b, false, true) }
                if needed[1] { db = try mm(a, g, true, false) }
            case (false, true):
                if needed[0] { da = try mm(g, b, false, false) }
                if needed[1] { db = try mm(g, a, true, false) }
            case (true, false):
                if needed[0] { da = try mm(b, g, false, true) }
                if needed[1] { db = try mm(a, g, false, false) }
            case (true, true):
                if needed[0] { da = try mm(b, g, true, true) }
                if needed[1] { db = try mm(g, a, true, true) }
            }
            return [try da?.sumToShape(a.shape), try db?.sumToShape(b.shape)]
        }
    }
}

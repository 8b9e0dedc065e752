package dev.crmkit.agent.gguf;

/** The metadata value types of GGUF, with the numeric ids the file format stores. */
enum GgufValueType {
    UINT8(0, 1),
    INT8(1, 1),
    UINT16(2, 2),
    INT16(3, 2),
    UINT32(4, 4),
    INT32(5, 4),
    FLOAT32(6, 4),
    BOOL(7, 1),
    STRING(8, -1),
    ARRAY(9, -1),
    UINT64(10, 8),
    INT64(11, 8),
    FLOAT64(12, 8);

    final int id;
    /** Size in bytes of one value, or -1 when it has a variable size. */
    final int size;

    GgufValueType(int id, int size) {
        this.id = id;
        this.size = size;
    }

    static GgufValueType of(int id) {
        for (GgufValueType type : values()) {
            if (type.id == id) {
                return type;
            }
        }
        throw new GgufFormatException("unknown GGUF metadata value type " + id + ": the file is corrupt");
    }
}

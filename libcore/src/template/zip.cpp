// Stored-only zip archives with CRC-32.
#include "template/zip.hpp"

#include <array>
#include <cstdint>

namespace nianbao::zip {
namespace {

std::uint32_t crc32(const std::string& data) {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : data) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void u16(std::string& out, std::uint32_t v) {
    out.push_back(char(v & 0xFF));
    out.push_back(char((v >> 8) & 0xFF));
}
void u32(std::string& out, std::uint32_t v) {
    u16(out, v & 0xFFFF);
    u16(out, v >> 16);
}

} // namespace

std::string store(const std::vector<std::pair<std::string, std::string>>& entries) {
    std::string out, central;
    for (const auto& [name, data] : entries) {
        const std::uint32_t crc = crc32(data), size = std::uint32_t(data.size()), offset = std::uint32_t(out.size());
        u32(out, 0x04034b50); u16(out, 20); u16(out, 0x0800); u16(out, 0); u16(out, 0); u16(out, 0x21);
        u32(out, crc); u32(out, size); u32(out, size); u16(out, std::uint32_t(name.size())); u16(out, 0);
        out += name;
        out += data;
        u32(central, 0x02014b50); u16(central, 20); u16(central, 20); u16(central, 0x0800); u16(central, 0);
        u16(central, 0); u16(central, 0x21); u32(central, crc); u32(central, size); u32(central, size);
        u16(central, std::uint32_t(name.size())); u16(central, 0); u16(central, 0); u16(central, 0); u16(central, 0);
        u32(central, 0); u32(central, offset);
        central += name;
    }
    const std::uint32_t central_offset = std::uint32_t(out.size());
    out += central;
    u32(out, 0x06054b50); u16(out, 0); u16(out, 0); u16(out, std::uint32_t(entries.size()));
    u16(out, std::uint32_t(entries.size())); u32(out, std::uint32_t(central.size())); u32(out, central_offset); u16(out, 0);
    return out;
}

} // namespace nianbao::zip

package dev.rt.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Set;

/**
 * A valid {@code @WireProtocol}: what its codec and its schema resource are made of.
 *
 * @param protocol the sealed interface
 * @param codec the codec to generate, in the protocol's package
 * @param publicCodec whether the codec is public: when the protocol is
 * @param generatedAnnotation whether to mark the codec {@code @Generated}
 * @param usesDeprecated whether the codec names a deprecated type, so that it suppresses the
 *     warnings it would cause
 * @param shadowedJavaLang the {@code java.lang} names that types of the protocol's package shadow
 * @param schemaResource the schema's resource, {@code META-INF/rt/wire/<protocol>.schema}
 * @param schemaText the schema's canonical text
 * @param root the protocol as a sealed type: {@code encode} and {@code decode}
 * @param types the other records, enums and sealed interfaces, in schema order
 * @param tags the tags of all cases of sealed types, in schema order
 * @param containers the lists, sets, maps and optionals, each once, in order of first use
 * @param replies the requests and their replies, in protocol order
 */
public record CodecModel(
        ClassName protocol,
        ClassName codec,
        boolean publicCodec,
        boolean generatedAnnotation,
        boolean usesDeprecated,
        Set<String> shadowedJavaLang,
        String schemaResource,
        String schemaText,
        CodecType.SealedType root,
        List<CodecType> types,
        List<CodecType.Tag> tags,
        List<CodecValue.Container> containers,
        List<RequestReply> replies) {

    /** Copies the collections. */
    public CodecModel {
        shadowedJavaLang = Set.copyOf(shadowedJavaLang);
        types = List.copyOf(types);
        tags = List.copyOf(tags);
        containers = List.copyOf(containers);
        replies = List.copyOf(replies);
    }

    /**
     * A request of the protocol and its reply.
     *
     * @param request the request
     * @param value how its reply travels
     */
    public record RequestReply(ClassName request, CodecValue value) {}
}

<?xml version="1.0" encoding="UTF-8"?>
<!-- Compiles each schematron (.sch) into an XSLT that reports as SVRL, with the ISO reference
     implementation's three steps (include, abstract patterns, SVRL for XSLT 2), in one JVM. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <!-- "|"-separated file URIs of the .sch files, the folder of the ISO XSLTs, and where to write. -->
  <xsl:param name="schemas" as="xs:string" required="yes"/>
  <xsl:param name="iso" as="xs:string" required="yes"/>
  <xsl:param name="out" as="xs:string" required="yes"/>
  <xsl:template name="xsl:initial-template">
    <xsl:for-each select="tokenize($schemas, '\|')">
      <xsl:variable name="included" select="transform(map{'stylesheet-location': $iso || 'iso_dsdl_include.xsl', 'source-node': doc(.)})?output"/>
      <xsl:variable name="expanded" select="transform(map{'stylesheet-location': $iso || 'iso_abstract_expand.xsl', 'source-node': $included})?output"/>
      <xsl:variable name="compiled" select="transform(map{'stylesheet-location': $iso || 'iso_svrl_for_xslt2.xsl', 'source-node': $expanded})?output"/>
      <xsl:result-document href="{$out}{replace(., '^.*/', '')}.xsl">
        <xsl:copy-of select="$compiled"/>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
